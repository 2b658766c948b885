package se.steget.organisation;

public enum OrganisationKind {

	EMPLOYMENT_SERVICE_OFFICE, MUNICIPALITY, COMPANY, SCHOOL, EMPLOYER, OTHER

}
