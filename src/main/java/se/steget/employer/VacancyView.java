package se.steget.employer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import se.steget.core.Municipalities;
import se.steget.core.Occupations;

/**
 * A vacancy or place as lists, pages, the API and matching see it, with its requirements.
 */
public record VacancyView(UUID id, UUID employerId, String employerName, UUID workplaceId, PlaceKind kind, String title,
		String ssykCode, String municipalityCode, String country, EmploymentType employmentType, int scopeMin,
		int scopeMax, LocalDate publishedOn, LocalDate startsOn, LocalDate deadline, int positions, int filled,
		VacancySource source, String externalId, String externalUrl, UUID foundInContactId, VacancyStatus status,
		String description, LocalDateTime changedAt, Integer version, List<Requirement> requirements) {

	static final String COLUMNS = "v.id, v.employer_id, em.name as employer_name, v.workplace_id, v.kind, v.title,"
			+ " v.ssyk_code, v.municipality_code, v.country, v.employment_type, v.scope_min, v.scope_max,"
			+ " v.published_on, v.starts_on, v.deadline, v.positions, v.filled, v.source, v.external_id,"
			+ " v.external_url, v.found_in_contact_id, v.status, v.description, v.changed_at, v.version";

	static final String FROM = " from vacancy v join employer em on em.id = v.employer_id";

	public VacancyView {
		requirements = List.copyOf(requirements);
	}

	public String occupationName() {
		return Occupations.nameOf(this.ssykCode);
	}

	public String municipalityName() {
		return (this.municipalityCode == null) ? null : Municipalities.nameOf(this.municipalityCode);
	}

	public boolean abroad() {
		return !"SE".equals(this.country);
	}

	public int positionsLeft() {
		return this.positions - this.filled;
	}

	public boolean open() {
		return this.status == VacancyStatus.OPEN;
	}

	VacancyView withRequirements(List<Requirement> requirements) {
		return new VacancyView(this.id, this.employerId, this.employerName, this.workplaceId, this.kind, this.title,
				this.ssykCode, this.municipalityCode, this.country, this.employmentType, this.scopeMin, this.scopeMax,
				this.publishedOn, this.startsOn, this.deadline, this.positions, this.filled, this.source,
				this.externalId, this.externalUrl, this.foundInContactId, this.status, this.description, this.changedAt,
				this.version, requirements);
	}

}
