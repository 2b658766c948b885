package se.steget.core;

/**
 * An occupation as an SSYK 2012 unit group: four digits, of which the first three name
 * its minor group and the first its major field.
 */
public record Occupation(String code, String name) {

	public String minorGroup() {
		return this.code.substring(0, 3);
	}

	public String field() {
		return this.code.substring(0, 1);
	}

}
