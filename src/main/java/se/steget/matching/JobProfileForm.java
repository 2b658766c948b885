package se.steget.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.steget.core.EducationLevel;
import se.steget.core.KnownMunicipality;
import se.steget.core.KnownOccupation;
import se.steget.core.SwedishLevel;
import se.steget.employer.VacancyForm;

/**
 * What a user enters for a participant's job profile, on the page and in the API: up to
 * three wanted occupations in order with the years in each; lists are separated by
 * commas.
 */
public class JobProfileForm {

	@KnownOccupation
	private String occupation1;

	@Min(value = 0, message = "{error.experienceYears}")
	@Max(value = 50, message = "{error.experienceYears}")
	private Integer experience1;

	@KnownOccupation
	private String occupation2;

	@Min(value = 0, message = "{error.experienceYears}")
	@Max(value = 50, message = "{error.experienceYears}")
	private Integer experience2;

	@KnownOccupation
	private String occupation3;

	@Min(value = 0, message = "{error.experienceYears}")
	@Max(value = 50, message = "{error.experienceYears}")
	private Integer experience3;

	private boolean homeMunicipality = true;

	private List<@KnownMunicipality String> municipalities = new ArrayList<>();

	private List<@Pattern(regexp = "\\d{2}", message = "{error.county}") String> counties = new ArrayList<>();

	private boolean wholeCountry;

	private boolean abroad;

	@Min(value = 1, message = "{error.travelMinutes}")
	@Max(value = 300, message = "{error.travelMinutes}")
	private Integer travelMinutes;

	@Min(value = 1, message = "{error.percent}")
	@Max(value = 100, message = "{error.percent}")
	private Integer scopeMin;

	@Min(value = 1, message = "{error.percent}")
	@Max(value = 100, message = "{error.percent}")
	private Integer scopeMax;

	@Size(max = 100, message = "{error.tooLong}")
	@Pattern(regexp = "^$|((AM|A1|A2|A|B|BE|C1|C1E|C|CE|D1|D1E|D|DE)\\s*,?\\s*)*", message = "{error.drivingLicence}")
	private String drivingLicences;

	private boolean noDrivingLicence;

	private SwedishLevel swedishLevel;

	private EducationLevel educationLevel;

	@Size(max = 500, message = "{error.tooLong}")
	private String languages;

	@Size(max = 1000, message = "{error.tooLong}")
	private String skills;

	@Size(max = 1000, message = "{error.tooLong}")
	private String limitations;

	@Size(max = 2000, message = "{error.tooLong}")
	private String ownWords;

	private Integer version;

	JobProfileDetails details() {
		List<ProfileOccupation> occupations = new ArrayList<>();
		addOccupation(occupations, this.occupation1, this.experience1);
		addOccupation(occupations, this.occupation2, this.experience2);
		addOccupation(occupations, this.occupation3, this.experience3);
		Set<ProfileTag> tags = new LinkedHashSet<>();
		this.municipalities.stream()
			.filter((m) -> m != null && !m.isBlank())
			.forEach((m) -> tags.add(new ProfileTag(ProfileTagKind.MUNICIPALITY, m.strip())));
		this.counties.stream()
			.filter((c) -> c != null && !c.isBlank())
			.forEach((c) -> tags.add(new ProfileTag(ProfileTagKind.COUNTY, c.strip())));
		if (this.noDrivingLicence) {
			tags.add(new ProfileTag(ProfileTagKind.DRIVING_LICENCE, "NONE"));
		}
		VacancyForm.tags(this.drivingLicences)
			.forEach((l) -> tags.add(new ProfileTag(ProfileTagKind.DRIVING_LICENCE, l.toUpperCase(Locale.ROOT))));
		VacancyForm.tags(this.languages).forEach((l) -> tags.add(new ProfileTag(ProfileTagKind.LANGUAGE, l)));
		VacancyForm.tags(this.skills).forEach((s) -> tags.add(new ProfileTag(ProfileTagKind.SKILL, s)));
		VacancyForm.tags(this.limitations).forEach((s) -> tags.add(new ProfileTag(ProfileTagKind.LIMITATION, s)));
		return new JobProfileDetails(occupations, this.homeMunicipality, this.wholeCountry, this.abroad,
				this.travelMinutes, this.scopeMin, this.scopeMax, this.swedishLevel, this.educationLevel, tags,
				this.ownWords);
	}

	private static void addOccupation(List<ProfileOccupation> occupations, String code, Integer years) {
		if (code != null && !code.isBlank()) {
			occupations.add(new ProfileOccupation(code.strip(), years));
		}
	}

	static JobProfileForm of(JobProfileView view) {
		var form = new JobProfileForm();
		List<ProfileOccupation> occupations = view.occupations();
		if (occupations.size() > 0) {
			form.occupation1 = occupations.get(0).ssykCode();
			form.experience1 = occupations.get(0).experienceYears();
		}
		if (occupations.size() > 1) {
			form.occupation2 = occupations.get(1).ssykCode();
			form.experience2 = occupations.get(1).experienceYears();
		}
		if (occupations.size() > 2) {
			form.occupation3 = occupations.get(2).ssykCode();
			form.experience3 = occupations.get(2).experienceYears();
		}
		form.homeMunicipality = view.homeMunicipality();
		form.municipalities = new ArrayList<>(view.municipalities());
		form.counties = new ArrayList<>(view.counties());
		form.wholeCountry = view.wholeCountry();
		form.abroad = view.abroad();
		form.travelMinutes = view.travelMinutes();
		form.scopeMin = view.scopeMin();
		form.scopeMax = view.scopeMax();
		form.noDrivingLicence = view.noDrivingLicence();
		form.drivingLicences = String.join(", ", view.drivingLicences());
		form.swedishLevel = view.swedishLevel();
		form.educationLevel = view.educationLevel();
		form.languages = String.join(", ", view.languages());
		form.skills = String.join(", ", view.skills());
		form.limitations = String.join(", ", view.limitations());
		form.ownWords = view.ownWords();
		form.version = view.version();
		return form;
	}

	public String getOccupation1() {
		return this.occupation1;
	}

	public void setOccupation1(String occupation1) {
		this.occupation1 = occupation1;
	}

	public Integer getExperience1() {
		return this.experience1;
	}

	public void setExperience1(Integer experience1) {
		this.experience1 = experience1;
	}

	public String getOccupation2() {
		return this.occupation2;
	}

	public void setOccupation2(String occupation2) {
		this.occupation2 = occupation2;
	}

	public Integer getExperience2() {
		return this.experience2;
	}

	public void setExperience2(Integer experience2) {
		this.experience2 = experience2;
	}

	public String getOccupation3() {
		return this.occupation3;
	}

	public void setOccupation3(String occupation3) {
		this.occupation3 = occupation3;
	}

	public Integer getExperience3() {
		return this.experience3;
	}

	public void setExperience3(Integer experience3) {
		this.experience3 = experience3;
	}

	public boolean isHomeMunicipality() {
		return this.homeMunicipality;
	}

	public void setHomeMunicipality(boolean homeMunicipality) {
		this.homeMunicipality = homeMunicipality;
	}

	public List<String> getMunicipalities() {
		return this.municipalities;
	}

	public void setMunicipalities(List<String> municipalities) {
		this.municipalities = (municipalities == null) ? new ArrayList<>() : municipalities;
	}

	public List<String> getCounties() {
		return this.counties;
	}

	public void setCounties(List<String> counties) {
		this.counties = (counties == null) ? new ArrayList<>() : counties;
	}

	public boolean isWholeCountry() {
		return this.wholeCountry;
	}

	public void setWholeCountry(boolean wholeCountry) {
		this.wholeCountry = wholeCountry;
	}

	public boolean isAbroad() {
		return this.abroad;
	}

	public void setAbroad(boolean abroad) {
		this.abroad = abroad;
	}

	public Integer getTravelMinutes() {
		return this.travelMinutes;
	}

	public void setTravelMinutes(Integer travelMinutes) {
		this.travelMinutes = travelMinutes;
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

	public String getDrivingLicences() {
		return this.drivingLicences;
	}

	public void setDrivingLicences(String drivingLicences) {
		this.drivingLicences = drivingLicences;
	}

	public boolean isNoDrivingLicence() {
		return this.noDrivingLicence;
	}

	public void setNoDrivingLicence(boolean noDrivingLicence) {
		this.noDrivingLicence = noDrivingLicence;
	}

	public SwedishLevel getSwedishLevel() {
		return this.swedishLevel;
	}

	public void setSwedishLevel(SwedishLevel swedishLevel) {
		this.swedishLevel = swedishLevel;
	}

	public EducationLevel getEducationLevel() {
		return this.educationLevel;
	}

	public void setEducationLevel(EducationLevel educationLevel) {
		this.educationLevel = educationLevel;
	}

	public String getLanguages() {
		return this.languages;
	}

	public void setLanguages(String languages) {
		this.languages = languages;
	}

	public String getSkills() {
		return this.skills;
	}

	public void setSkills(String skills) {
		this.skills = skills;
	}

	public String getLimitations() {
		return this.limitations;
	}

	public void setLimitations(String limitations) {
		this.limitations = limitations;
	}

	public String getOwnWords() {
		return this.ownWords;
	}

	public void setOwnWords(String ownWords) {
		this.ownWords = ownWords;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
