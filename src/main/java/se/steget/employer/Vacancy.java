package se.steget.employer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import se.steget.core.Occupations;
import se.steget.core.RejectedInputException;

/**
 * A vacancy or place at an employer, with its requirements. It is open until its
 * positions are filled or someone closes it.
 */
class Vacancy {

	@Id
	private UUID id;

	private UUID employerId;

	private UUID workplaceId;

	private PlaceKind kind;

	private String title;

	private String ssykCode;

	private String municipalityCode;

	private String country;

	private EmploymentType employmentType;

	private int scopeMin;

	private int scopeMax;

	private LocalDate publishedOn;

	private LocalDate startsOn;

	private LocalDate deadline;

	private int positions;

	private int filled;

	private VacancySource source;

	private String externalId;

	private String externalUrl;

	private UUID foundInContactId;

	private VacancyStatus status;

	private String description;

	private LocalDateTime changedAt;

	@MappedCollection(idColumn = "vacancy_id")
	private Set<Requirement> requirements = new LinkedHashSet<>();

	@Version
	private Integer version;

	Vacancy() {
	}

	static Vacancy publish(UUID employerId, VacancyDetails details, LocalDateTime now) {
		var vacancy = new Vacancy();
		vacancy.id = UUID.randomUUID();
		vacancy.employerId = employerId;
		vacancy.status = VacancyStatus.OPEN;
		vacancy.change(details, now);
		return vacancy;
	}

	/**
	 * Changes what is recorded; every rule is checked, and every refusal reported at
	 * once.
	 */
	void change(VacancyDetails details, LocalDateTime now) {
		RejectedInputException.throwIfAny(refusals(details));
		this.workplaceId = details.workplaceId();
		this.kind = details.kind();
		this.title = details.title();
		this.ssykCode = details.ssykCode();
		this.municipalityCode = details.inSweden() ? details.municipalityCode() : null;
		this.country = details.country();
		this.employmentType = details.employmentType();
		this.scopeMin = details.scopeMin();
		this.scopeMax = details.scopeMax();
		this.publishedOn = details.publishedOn();
		this.startsOn = details.startsOn();
		this.deadline = details.deadline();
		this.positions = details.positions();
		this.source = details.source();
		this.externalId = details.externalId();
		this.externalUrl = details.externalUrl();
		this.foundInContactId = details.foundInContactId();
		this.description = details.description();
		this.requirements = new LinkedHashSet<>(details.requirements());
		if (this.status == VacancyStatus.FILLED && this.filled < this.positions) {
			this.status = VacancyStatus.OPEN;
		}
		this.changedAt = now;
	}

	void close(LocalDateTime now) {
		this.status = VacancyStatus.CLOSED;
		this.changedAt = now;
	}

	private List<RejectedInputException> refusals(VacancyDetails details) {
		List<RejectedInputException> found = new ArrayList<>();
		if (!Occupations.isKnown(details.ssykCode())) {
			found.add(new RejectedInputException("ssykCode", "error.occupation"));
		}
		if (details.inSweden() && details.municipalityCode() == null) {
			found.add(new RejectedInputException("municipalityCode", "error.municipalityInSweden"));
		}
		if (details.scopeMin() > details.scopeMax()) {
			found.add(new RejectedInputException("scopeMin", "error.scopeOrder"));
		}
		if (details.deadline() != null && details.deadline().isBefore(details.publishedOn())) {
			found.add(new RejectedInputException("deadline", "error.deadlineBeforePublished"));
		}
		if (details.startsOn() != null && details.startsOn().isBefore(details.publishedOn())) {
			found.add(new RejectedInputException("startsOn", "error.startBeforePublished"));
		}
		if (details.positions() < this.filled) {
			found.add(new RejectedInputException("positions", "error.fewerPositionsThanFilled", this.filled));
		}
		if (details.source() == VacancySource.ADVERTISED && details.externalId() == null
				&& details.externalUrl() == null) {
			found.add(new RejectedInputException("externalUrl", "error.advertisedNeedsLink"));
		}
		if (details.source() == VacancySource.HIDDEN && details.foundInContactId() == null) {
			found.add(new RejectedInputException("foundInContactId", "error.hiddenNeedsContact"));
		}
		return found;
	}

	UUID getId() {
		return this.id;
	}

	UUID getEmployerId() {
		return this.employerId;
	}

	Integer getVersion() {
		return this.version;
	}

}
