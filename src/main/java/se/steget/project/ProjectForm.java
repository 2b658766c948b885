package se.steget.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.steget.core.Difference;
import se.steget.core.KnownMunicipality;
import se.steget.core.Municipalities;

/**
 * What a user enters for a project, on the page and in the API.
 */
public class ProjectForm {

	private String templateKey;

	private Integer version;

	@NotBlank(message = "{error.required}")
	@Size(max = 200, message = "{error.tooLong}")
	private String name;

	@Size(max = 200, message = "{error.tooLong}")
	private String programmeArea;

	@NotNull(message = "{error.required}")
	private ProjectPhase phase;

	private UUID ownerOrganisationId;

	@Size(max = 200, message = "{error.tooLong}")
	private String contactPerson;

	@PositiveOrZero(message = "{error.notNegative}")
	private Long esfGrantSek;

	@PositiveOrZero(message = "{error.notNegative}")
	private Long totalBudgetSek;

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodStart;

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodEnd;

	@Size(max = 100, message = "{error.tooLong}")
	private String region;

	@Size(max = 4000, message = "{error.tooLong}")
	private String targetGroup;

	@PositiveOrZero(message = "{error.notNegative}")
	private Integer quotaWomen;

	@PositiveOrZero(message = "{error.notNegative}")
	private Integer quotaMen;

	@PositiveOrZero(message = "{error.notNegative}")
	private Integer quotaTotal;

	@NotNull(message = "{error.required}")
	@PositiveOrZero(message = "{error.notNegative}")
	private Integer warningDays = 14;

	private boolean pausesStopCounters = true;

	@NotNull(message = "{error.required}")
	@PositiveOrZero(message = "{error.notNegative}")
	private Integer contactNormDays = 3;

	@Positive(message = "{error.positive}")
	@Max(value = 600, message = "{error.months}")
	private Integer retentionMonths;

	private List<@KnownMunicipality String> municipalityCodes = new ArrayList<>();

	private List<UUID> coFinancerIds = new ArrayList<>();

	private List<UUID> partnerIds = new ArrayList<>();

	private List<UUID> memberIds = new ArrayList<>();

	ProjectDetails details() {
		return new ProjectDetails(this.name, this.programmeArea, this.phase, this.ownerOrganisationId,
				this.contactPerson, this.esfGrantSek, this.totalBudgetSek, this.periodStart, this.periodEnd,
				this.region, this.targetGroup, this.quotaWomen, this.quotaMen, this.quotaTotal,
				new ProjectRules(this.warningDays, this.pausesStopCounters, this.contactNormDays, this.retentionMonths),
				this.municipalityCodes, this.coFinancerIds, this.partnerIds);
	}

	static ProjectForm of(Project project, List<UUID> memberIds) {
		var form = new ProjectForm();
		form.name = project.getName();
		form.version = project.getVersion();
		form.programmeArea = project.getProgrammeArea();
		form.phase = project.getPhase();
		form.ownerOrganisationId = project.getOwnerOrganisationId();
		form.contactPerson = project.getContactPerson();
		form.esfGrantSek = project.getEsfGrantSek();
		form.totalBudgetSek = project.getTotalBudgetSek();
		form.periodStart = project.getPeriodStart();
		form.periodEnd = project.getPeriodEnd();
		form.region = project.getRegion();
		form.targetGroup = project.getTargetGroup();
		form.quotaWomen = project.getQuotaWomen();
		form.quotaMen = project.getQuotaMen();
		form.quotaTotal = project.getQuotaTotal();
		form.warningDays = project.getWarningDays();
		form.pausesStopCounters = project.isPausesStopCounters();
		form.contactNormDays = project.getContactNormDays();
		form.retentionMonths = project.getRetentionMonths();
		form.municipalityCodes = new ArrayList<>(project.municipalityCodes());
		form.coFinancerIds = new ArrayList<>(project.organisationIds(ProjectOrganisation.Relation.CO_FINANCER));
		form.partnerIds = new ArrayList<>(project.organisationIds(ProjectOrganisation.Relation.PARTNER));
		form.memberIds = new ArrayList<>(memberIds);
		return form;
	}

	/**
	 * The fields saved differently from what this form says, after a stale save; the
	 * organisations and people are named by the functions given.
	 */
	List<Difference> differencesFrom(ProjectForm saved, Function<UUID, String> organisation,
			Function<UUID, String> person) {
		return Difference.builder()
			.text("project.name", saved.name, this.name)
			.text("project.programmeArea", saved.programmeArea, this.programmeArea)
			.choice("project.phase", "projectPhase", saved.phase, this.phase)
			.text("project.owner", organisation.apply(saved.ownerOrganisationId),
					organisation.apply(this.ownerOrganisationId))
			.text("project.contactPerson", saved.contactPerson, this.contactPerson)
			.text("project.esfGrant", saved.esfGrantSek, this.esfGrantSek)
			.text("project.totalBudget", saved.totalBudgetSek, this.totalBudgetSek)
			.text("project.periodStart", saved.periodStart, this.periodStart)
			.text("project.periodEnd", saved.periodEnd, this.periodEnd)
			.text("project.region", saved.region, this.region)
			.text("project.targetGroup", saved.targetGroup, this.targetGroup)
			.text("project.quotaWomen", saved.quotaWomen, this.quotaWomen)
			.text("project.quotaMen", saved.quotaMen, this.quotaMen)
			.text("project.quotaTotal", saved.quotaTotal, this.quotaTotal)
			.text("project.warningDays", saved.warningDays, this.warningDays)
			.flag("project.pausesStopCounters", saved.pausesStopCounters, this.pausesStopCounters)
			.text("project.contactNormDays", saved.contactNormDays, this.contactNormDays)
			.text("project.retentionMonths", saved.retentionMonths, this.retentionMonths)
			.text("project.municipalities", names(saved.municipalityCodes, Municipalities::nameOf),
					names(this.municipalityCodes, Municipalities::nameOf))
			.text("project.coFinancers", names(saved.coFinancerIds, organisation),
					names(this.coFinancerIds, organisation))
			.text("project.partners", names(saved.partnerIds, organisation), names(this.partnerIds, organisation))
			.text("project.members", names(saved.memberIds, person), names(this.memberIds, person))
			.list();
	}

	private static <T> String names(List<T> items, Function<T, String> name) {
		return (items == null) ? "" : items.stream().map(name).sorted().collect(Collectors.joining(", "));
	}

	/** The template whose tracks a new project copies, or null for none. */
	public String getTemplateKey() {
		return this.templateKey;
	}

	public void setTemplateKey(String templateKey) {
		this.templateKey = templateKey;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getProgrammeArea() {
		return this.programmeArea;
	}

	public void setProgrammeArea(String programmeArea) {
		this.programmeArea = programmeArea;
	}

	public ProjectPhase getPhase() {
		return this.phase;
	}

	public void setPhase(ProjectPhase phase) {
		this.phase = phase;
	}

	public UUID getOwnerOrganisationId() {
		return this.ownerOrganisationId;
	}

	public void setOwnerOrganisationId(UUID ownerOrganisationId) {
		this.ownerOrganisationId = ownerOrganisationId;
	}

	public String getContactPerson() {
		return this.contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
	}

	public Long getEsfGrantSek() {
		return this.esfGrantSek;
	}

	public void setEsfGrantSek(Long esfGrantSek) {
		this.esfGrantSek = esfGrantSek;
	}

	public Long getTotalBudgetSek() {
		return this.totalBudgetSek;
	}

	public void setTotalBudgetSek(Long totalBudgetSek) {
		this.totalBudgetSek = totalBudgetSek;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public void setPeriodStart(LocalDate periodStart) {
		this.periodStart = periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public void setPeriodEnd(LocalDate periodEnd) {
		this.periodEnd = periodEnd;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getTargetGroup() {
		return this.targetGroup;
	}

	public void setTargetGroup(String targetGroup) {
		this.targetGroup = targetGroup;
	}

	public Integer getQuotaWomen() {
		return this.quotaWomen;
	}

	public void setQuotaWomen(Integer quotaWomen) {
		this.quotaWomen = quotaWomen;
	}

	public Integer getQuotaMen() {
		return this.quotaMen;
	}

	public void setQuotaMen(Integer quotaMen) {
		this.quotaMen = quotaMen;
	}

	public Integer getQuotaTotal() {
		return this.quotaTotal;
	}

	public void setQuotaTotal(Integer quotaTotal) {
		this.quotaTotal = quotaTotal;
	}

	public Integer getWarningDays() {
		return this.warningDays;
	}

	public void setWarningDays(Integer warningDays) {
		this.warningDays = warningDays;
	}

	public boolean isPausesStopCounters() {
		return this.pausesStopCounters;
	}

	public void setPausesStopCounters(boolean pausesStopCounters) {
		this.pausesStopCounters = pausesStopCounters;
	}

	/**
	 * How many days may pass between contacts before the caseload highlights the person.
	 */
	public Integer getContactNormDays() {
		return this.contactNormDays;
	}

	public void setContactNormDays(Integer contactNormDays) {
		this.contactNormDays = contactNormDays;
	}

	public Integer getRetentionMonths() {
		return this.retentionMonths;
	}

	public void setRetentionMonths(Integer retentionMonths) {
		this.retentionMonths = retentionMonths;
	}

	public List<String> getMunicipalityCodes() {
		return this.municipalityCodes;
	}

	public void setMunicipalityCodes(List<String> municipalityCodes) {
		this.municipalityCodes = (municipalityCodes == null) ? new ArrayList<>() : municipalityCodes;
	}

	public List<UUID> getCoFinancerIds() {
		return this.coFinancerIds;
	}

	public void setCoFinancerIds(List<UUID> coFinancerIds) {
		this.coFinancerIds = (coFinancerIds == null) ? new ArrayList<>() : coFinancerIds;
	}

	public List<UUID> getPartnerIds() {
		return this.partnerIds;
	}

	public void setPartnerIds(List<UUID> partnerIds) {
		this.partnerIds = (partnerIds == null) ? new ArrayList<>() : partnerIds;
	}

	public List<UUID> getMemberIds() {
		return this.memberIds;
	}

	public void setMemberIds(List<UUID> memberIds) {
		this.memberIds = (memberIds == null) ? new ArrayList<>() : memberIds;
	}

	/** The version the form was loaded with; null when creating. */
	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
