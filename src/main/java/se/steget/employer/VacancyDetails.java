package se.steget.employer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What is recorded about a vacancy or place: what it is, where, how much and when, how
 * many, what it requires, and where it came from.
 */
record VacancyDetails(UUID workplaceId, PlaceKind kind, String title, String ssykCode, String municipalityCode,
		String country, EmploymentType employmentType, int scopeMin, int scopeMax, LocalDate publishedOn,
		LocalDate startsOn, LocalDate deadline, int positions, VacancySource source, String externalId,
		String externalUrl, UUID foundInContactId, String description, List<Requirement> requirements) {

	VacancyDetails {
		title = title.strip();
		municipalityCode = blankToNull(municipalityCode);
		externalId = blankToNull(externalId);
		externalUrl = blankToNull(externalUrl);
		description = blankToNull(description);
		requirements = List.copyOf(requirements);
	}

	/** Whether the two say the same, whatever the order of their requirements. */
	boolean sameAs(VacancyDetails other) {
		return Set.copyOf(this.requirements).equals(Set.copyOf(other.requirements))
				&& new VacancyDetails(this.workplaceId, this.kind, this.title, this.ssykCode, this.municipalityCode,
						this.country, this.employmentType, this.scopeMin, this.scopeMax, this.publishedOn,
						this.startsOn, this.deadline, this.positions, this.source, this.externalId, this.externalUrl,
						this.foundInContactId, this.description, other.requirements)
					.equals(other);
	}

	boolean inSweden() {
		return "SE".equals(this.country);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
