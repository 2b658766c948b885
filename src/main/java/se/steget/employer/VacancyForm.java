package se.steget.employer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.steget.core.EducationLevel;
import se.steget.core.KnownMunicipality;
import se.steget.core.KnownOccupation;
import se.steget.core.SwedishLevel;

/**
 * What a user enters for a vacancy or place, on the page and in the API. Each requirement
 * is a value and whether it is a must; languages and skills are lists separated by
 * commas.
 */
public class VacancyForm {

	private UUID workplaceId;

	@NotNull(message = "{error.required}")
	private PlaceKind kind = PlaceKind.JOB;

	@NotBlank(message = "{error.required}")
	@Size(max = 200, message = "{error.tooLong}")
	private String title;

	@NotBlank(message = "{error.required}")
	@KnownOccupation
	private String ssykCode;

	@KnownMunicipality
	private String municipalityCode;

	@NotNull(message = "{error.required}")
	@Pattern(regexp = "[A-Z]{2}", message = "{error.country}")
	private String country = "SE";

	@NotNull(message = "{error.required}")
	private EmploymentType employmentType = EmploymentType.PERMANENT;

	@NotNull(message = "{error.required}")
	@Min(value = 1, message = "{error.percent}")
	@Max(value = 100, message = "{error.percent}")
	private Integer scopeMin = 100;

	@NotNull(message = "{error.required}")
	@Min(value = 1, message = "{error.percent}")
	@Max(value = 100, message = "{error.percent}")
	private Integer scopeMax = 100;

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;

	@NotNull(message = "{error.required}")
	@Min(value = 1, message = "{error.positions}")
	@Max(value = 1000, message = "{error.positions}")
	private Integer positions = 1;

	@NotNull(message = "{error.required}")
	private VacancySource source = VacancySource.ADVERTISED;

	@Size(max = 100, message = "{error.tooLong}")
	private String externalId;

	@Size(max = 500, message = "{error.tooLong}")
	@Pattern(regexp = "^$|https?://\\S+", message = "{error.url}")
	private String externalUrl;

	private UUID foundInContactId;

	@Size(max = 4000, message = "{error.tooLong}")
	private String description;

	@Pattern(regexp = "^$|AM|A1|A2|A|B|BE|C1|C1E|C|CE|D1|D1E|D|DE", message = "{error.drivingLicence}")
	private String drivingLicence;

	private boolean drivingLicenceMustHave;

	private SwedishLevel swedishLevel;

	private boolean swedishMustHave;

	private EducationLevel educationLevel;

	private boolean educationMustHave;

	@Min(value = 1, message = "{error.experienceYears}")
	@Max(value = 40, message = "{error.experienceYears}")
	private Integer experienceYears;

	private boolean experienceMustHave;

	@Size(max = 500, message = "{error.tooLong}")
	private String languagesRequired;

	@Size(max = 500, message = "{error.tooLong}")
	private String languagesWanted;

	@Size(max = 1000, message = "{error.tooLong}")
	private String skillsRequired;

	@Size(max = 1000, message = "{error.tooLong}")
	private String skillsWanted;

	private Integer version;

	VacancyDetails details() {
		return new VacancyDetails(this.workplaceId, this.kind, this.title, this.ssykCode, this.municipalityCode,
				this.country, this.employmentType, this.scopeMin, this.scopeMax, this.publishedOn, this.startsOn,
				this.deadline, this.positions, this.source, this.externalId, this.externalUrl, this.foundInContactId,
				this.description, requirements());
	}

	/** The requirements entered, each value once. */
	List<Requirement> requirements() {
		List<Requirement> all = new ArrayList<>();
		if (this.drivingLicence != null && !this.drivingLicence.isBlank()) {
			all.add(new Requirement(RequirementKind.DRIVING_LICENCE, this.drivingLicence, this.drivingLicenceMustHave));
		}
		if (this.swedishLevel != null) {
			all.add(new Requirement(RequirementKind.SWEDISH, this.swedishLevel.name(), this.swedishMustHave));
		}
		if (this.educationLevel != null) {
			all.add(new Requirement(RequirementKind.EDUCATION, this.educationLevel.name(), this.educationMustHave));
		}
		if (this.experienceYears != null) {
			all.add(new Requirement(RequirementKind.EXPERIENCE, String.valueOf(this.experienceYears),
					this.experienceMustHave));
		}
		tags(this.languagesRequired).forEach((t) -> all.add(new Requirement(RequirementKind.LANGUAGE, t, true)));
		tags(this.languagesWanted).stream()
			.filter((t) -> !tags(this.languagesRequired).contains(t))
			.forEach((t) -> all.add(new Requirement(RequirementKind.LANGUAGE, t, false)));
		tags(this.skillsRequired).forEach((t) -> all.add(new Requirement(RequirementKind.SKILL, t, true)));
		tags(this.skillsWanted).stream()
			.filter((t) -> !tags(this.skillsRequired).contains(t))
			.forEach((t) -> all.add(new Requirement(RequirementKind.SKILL, t, false)));
		return all;
	}

	/** A list separated by commas as distinct tags in lower case. */
	public static List<String> tags(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(","))
			.map((t) -> t.strip().toLowerCase(Locale.ROOT).replace("|", "/"))
			.filter((t) -> !t.isEmpty())
			.map((t) -> (t.length() > 100) ? t.substring(0, 100) : t)
			.distinct()
			.toList();
	}

	/** Whether saving the form would leave the vacancy as it is. */
	public boolean leaves(VacancyView saved) {
		return details().sameAs(of(saved).details());
	}

	/** The form as the vacancy is saved, to change it. */
	public static VacancyForm of(VacancyView v) {
		var form = new VacancyForm();
		form.workplaceId = v.workplaceId();
		form.kind = v.kind();
		form.title = v.title();
		form.ssykCode = v.ssykCode();
		form.municipalityCode = v.municipalityCode();
		form.country = v.country();
		form.employmentType = v.employmentType();
		form.scopeMin = v.scopeMin();
		form.scopeMax = v.scopeMax();
		form.publishedOn = v.publishedOn();
		form.startsOn = v.startsOn();
		form.deadline = v.deadline();
		form.positions = v.positions();
		form.source = v.source();
		form.externalId = v.externalId();
		form.externalUrl = v.externalUrl();
		form.foundInContactId = v.foundInContactId();
		form.description = v.description();
		form.version = v.version();
		for (Requirement r : v.requirements()) {
			switch (r.kind()) {
				case DRIVING_LICENCE -> {
					form.drivingLicence = r.requirementValue();
					form.drivingLicenceMustHave = r.mustHave();
				}
				case SWEDISH -> {
					form.swedishLevel = SwedishLevel.valueOf(r.requirementValue());
					form.swedishMustHave = r.mustHave();
				}
				case EDUCATION -> {
					form.educationLevel = EducationLevel.valueOf(r.requirementValue());
					form.educationMustHave = r.mustHave();
				}
				case EXPERIENCE -> {
					form.experienceYears = Integer.valueOf(r.requirementValue());
					form.experienceMustHave = r.mustHave();
				}
				case LANGUAGE -> {
					if (r.mustHave()) {
						form.languagesRequired = join(form.languagesRequired, r.requirementValue());
					}
					else {
						form.languagesWanted = join(form.languagesWanted, r.requirementValue());
					}
				}
				case SKILL -> {
					if (r.mustHave()) {
						form.skillsRequired = join(form.skillsRequired, r.requirementValue());
					}
					else {
						form.skillsWanted = join(form.skillsWanted, r.requirementValue());
					}
				}
			}
		}
		return form;
	}

	private static String join(String list, String tag) {
		return (list == null) ? tag : list + ", " + tag;
	}

	public UUID getWorkplaceId() {
		return this.workplaceId;
	}

	public void setWorkplaceId(UUID workplaceId) {
		this.workplaceId = workplaceId;
	}

	public PlaceKind getKind() {
		return this.kind;
	}

	public void setKind(PlaceKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSsykCode() {
		return this.ssykCode;
	}

	public void setSsykCode(String ssykCode) {
		this.ssykCode = ssykCode;
	}

	public String getMunicipalityCode() {
		return this.municipalityCode;
	}

	public void setMunicipalityCode(String municipalityCode) {
		this.municipalityCode = municipalityCode;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public EmploymentType getEmploymentType() {
		return this.employmentType;
	}

	public void setEmploymentType(EmploymentType employmentType) {
		this.employmentType = employmentType;
	}

	public Integer getScopeMin() {
		return this.scopeMin;
	}

	public void setScopeMin(Integer scopeMin) {
		this.scopeMin = scopeMin;
	}

	public Integer getScopeMax() {
		return this.scopeMax;
	}

	public void setScopeMax(Integer scopeMax) {
		this.scopeMax = scopeMax;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	public Integer getPositions() {
		return this.positions;
	}

	public void setPositions(Integer positions) {
		this.positions = positions;
	}

	public VacancySource getSource() {
		return this.source;
	}

	public void setSource(VacancySource source) {
		this.source = source;
	}

	public String getExternalId() {
		return this.externalId;
	}

	public void setExternalId(String externalId) {
		this.externalId = externalId;
	}

	public String getExternalUrl() {
		return this.externalUrl;
	}

	public void setExternalUrl(String externalUrl) {
		this.externalUrl = externalUrl;
	}

	public UUID getFoundInContactId() {
		return this.foundInContactId;
	}

	public void setFoundInContactId(UUID foundInContactId) {
		this.foundInContactId = foundInContactId;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDrivingLicence() {
		return this.drivingLicence;
	}

	public void setDrivingLicence(String drivingLicence) {
		this.drivingLicence = drivingLicence;
	}

	public boolean isDrivingLicenceMustHave() {
		return this.drivingLicenceMustHave;
	}

	public void setDrivingLicenceMustHave(boolean drivingLicenceMustHave) {
		this.drivingLicenceMustHave = drivingLicenceMustHave;
	}

	public SwedishLevel getSwedishLevel() {
		return this.swedishLevel;
	}

	public void setSwedishLevel(SwedishLevel swedishLevel) {
		this.swedishLevel = swedishLevel;
	}

	public boolean isSwedishMustHave() {
		return this.swedishMustHave;
	}

	public void setSwedishMustHave(boolean swedishMustHave) {
		this.swedishMustHave = swedishMustHave;
	}

	public EducationLevel getEducationLevel() {
		return this.educationLevel;
	}

	public void setEducationLevel(EducationLevel educationLevel) {
		this.educationLevel = educationLevel;
	}

	public boolean isEducationMustHave() {
		return this.educationMustHave;
	}

	public void setEducationMustHave(boolean educationMustHave) {
		this.educationMustHave = educationMustHave;
	}

	public Integer getExperienceYears() {
		return this.experienceYears;
	}

	public void setExperienceYears(Integer experienceYears) {
		this.experienceYears = experienceYears;
	}

	public boolean isExperienceMustHave() {
		return this.experienceMustHave;
	}

	public void setExperienceMustHave(boolean experienceMustHave) {
		this.experienceMustHave = experienceMustHave;
	}

	public String getLanguagesRequired() {
		return this.languagesRequired;
	}

	public void setLanguagesRequired(String languagesRequired) {
		this.languagesRequired = languagesRequired;
	}

	public String getLanguagesWanted() {
		return this.languagesWanted;
	}

	public void setLanguagesWanted(String languagesWanted) {
		this.languagesWanted = languagesWanted;
	}

	public String getSkillsRequired() {
		return this.skillsRequired;
	}

	public void setSkillsRequired(String skillsRequired) {
		this.skillsRequired = skillsRequired;
	}

	public String getSkillsWanted() {
		return this.skillsWanted;
	}

	public void setSkillsWanted(String skillsWanted) {
		this.skillsWanted = skillsWanted;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
