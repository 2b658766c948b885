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

	static Project start(ProjectForm form) {
		var project = new Project();
		project.id = UUID.randomUUID();
		project.update(form);
		return project;
	}

	void update(ProjectForm form) {
		this.name = form.getName().strip();
		this.programmeArea = form.getProgrammeArea();
		this.phase = form.getPhase();
		this.ownerOrganisationId = form.getOwnerOrganisationId();
		this.contactPerson = form.getContactPerson();
		this.esfGrantSek = form.getEsfGrantSek();
		this.totalBudgetSek = form.getTotalBudgetSek();
		this.periodStart = form.getPeriodStart();
		this.periodEnd = form.getPeriodEnd();
		this.region = form.getRegion();
		this.targetGroup = form.getTargetGroup();
		this.quotaWomen = form.getQuotaWomen();
		this.quotaMen = form.getQuotaMen();
		this.quotaTotal = form.getQuotaTotal();
		this.warningDays = form.getWarningDays();
		this.pausesStopCounters = form.isPausesStopCounters();
		this.contactNormDays = form.getContactNormDays();
		this.retentionMonths = form.getRetentionMonths();
		this.municipalities = form.getMunicipalityCodes()
			.stream()
			.map(ProjectMunicipality::new)
			.collect(Collectors.toSet());
		this.organisations = new HashSet<>();
		form.getCoFinancerIds()
			.forEach((id) -> this.organisations.add(new ProjectOrganisation(id, Relation.CO_FINANCER)));
		form.getPartnerIds().forEach((id) -> this.organisations.add(new ProjectOrganisation(id, Relation.PARTNER)));
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

}
