package se.steget.project;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import se.steget.project.ProjectOrganisation.Relation;

/**
 * A labour-market project as its ESF description gives it.
 */
class Project {

	@Id
	private UUID id;

	private String name;

	private String programmeArea;

	private ProjectPhase phase;

	private UUID ownerOrganisationId;

	private String contactPerson;

	private Long esfGrantSek;

	private Long totalBudgetSek;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private String region;

	private String targetGroup;

	private Integer quotaWomen;

	private Integer quotaMen;

	private Integer quotaTotal;

	private int warningDays = 14;

	private boolean pausesStopCounters = true;

	private int contactNormDays = 3;

	private Integer retentionMonths;

	@MappedCollection(idColumn = "project_id")
	private Set<ProjectMunicipality> municipalities = new HashSet<>();

	@MappedCollection(idColumn = "project_id")
	private Set<ProjectOrganisation> organisations = new HashSet<>();

	@Version
	private Integer version;

	Project() {
	}

	static Project start(ProjectDetails details) {
		var project = new Project();
		project.id = UUID.randomUUID();
		project.update(details);
		return project;
	}

	void update(ProjectDetails details) {
		this.name = details.name();
		this.programmeArea = details.programmeArea();
		this.phase = details.phase();
		this.ownerOrganisationId = details.ownerOrganisationId();
		this.contactPerson = details.contactPerson();
		this.esfGrantSek = details.esfGrantSek();
		this.totalBudgetSek = details.totalBudgetSek();
		this.periodStart = details.periodStart();
		this.periodEnd = details.periodEnd();
		this.region = details.region();
		this.targetGroup = details.targetGroup();
		this.quotaWomen = details.quotaWomen();
		this.quotaMen = details.quotaMen();
		this.quotaTotal = details.quotaTotal();
		this.warningDays = details.rules().warningDays();
		this.pausesStopCounters = details.rules().pausesStopCounters();
		this.contactNormDays = details.rules().contactNormDays();
		this.retentionMonths = details.rules().retentionMonths();
		this.municipalities = details.municipalityCodes()
			.stream()
			.map(ProjectMunicipality::new)
			.collect(Collectors.toSet());
		this.organisations = new HashSet<>();
		details.coFinancerIds()
			.forEach((id) -> this.organisations.add(new ProjectOrganisation(id, Relation.CO_FINANCER)));
		details.partnerIds().forEach((id) -> this.organisations.add(new ProjectOrganisation(id, Relation.PARTNER)));
	}

	UUID getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getProgrammeArea() {
		return this.programmeArea;
	}

	ProjectPhase getPhase() {
		return this.phase;
	}

	UUID getOwnerOrganisationId() {
		return this.ownerOrganisationId;
	}

	String getContactPerson() {
		return this.contactPerson;
	}

	Long getEsfGrantSek() {
		return this.esfGrantSek;
	}

	Long getTotalBudgetSek() {
		return this.totalBudgetSek;
	}

	LocalDate getPeriodStart() {
		return this.periodStart;
	}

	LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	String getRegion() {
		return this.region;
	}

	String getTargetGroup() {
		return this.targetGroup;
	}

	Integer getQuotaWomen() {
		return this.quotaWomen;
	}

	Integer getQuotaMen() {
		return this.quotaMen;
	}

	Integer getQuotaTotal() {
		return this.quotaTotal;
	}

	int getWarningDays() {
		return this.warningDays;
	}

	boolean isPausesStopCounters() {
		return this.pausesStopCounters;
	}

	Integer getRetentionMonths() {
		return this.retentionMonths;
	}

	int getContactNormDays() {
		return this.contactNormDays;
	}

	List<String> municipalityCodes() {
		return this.municipalities.stream().map(ProjectMunicipality::municipalityCode).sorted().toList();
	}

	List<UUID> organisationIds(Relation relation) {
		return this.organisations.stream()
			.filter((o) -> o.relation() == relation)
			.map(ProjectOrganisation::organisationId)
			.toList();
	}

	Integer getVersion() {
		return this.version;
	}

}
