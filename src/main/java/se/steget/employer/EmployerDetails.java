package se.steget.employer;

import se.steget.core.OrganisationNumber;

/**
 * What is recorded about an employer: its organisation number in ten digits, its name and
 * its SNI industry code, if known.
 */
record EmployerDetails(String organisationNumber, String name, String sniCode) {

	EmployerDetails {
		organisationNumber = OrganisationNumber.parse(organisationNumber).value();
		name = name.strip();
		sniCode = (sniCode == null || sniCode.isBlank()) ? null : sniCode.strip();
	}

}
