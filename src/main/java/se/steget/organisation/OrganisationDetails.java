package se.steget.organisation;

/**
 * What is recorded about an organisation: its name, kind, organisation number and
 * municipality; blanks are stored as unknown.
 */
record OrganisationDetails(String name, OrganisationKind kind, String organisationNumber, String municipalityCode) {

	OrganisationDetails {
		name = name.strip();
		organisationNumber = blankToNull(organisationNumber);
		municipalityCode = blankToNull(municipalityCode);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
