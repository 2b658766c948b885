package se.steget.project;

/**
 * A municipality (SCB code) that the project works in.
 */
record ProjectMunicipality(String municipalityCode) {

}
