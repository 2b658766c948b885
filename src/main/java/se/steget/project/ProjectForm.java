package se.steget.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.steget.core.KnownMunicipality;

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
