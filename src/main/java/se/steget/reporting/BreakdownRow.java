package se.steget.reporting;

/**
 * One value of the breakdown (an age band, an obstacle, a municipality, a track) with its
 * tallies by gender.
 *
 * @param key the message key of the value, or null when the text is a name
 * @param text the name, for municipalities and tracks
 */
public record BreakdownRow(String key, String text, GenderTallies tallies) {

}
