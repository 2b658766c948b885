package se.steget.project;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import se.steget.core.BirthRegion;
import se.steget.core.Difference;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.SwedishLevel;

/**
 * A priority group as a manager defines it: every criterion given must hold; empty ones
 * do not count.
 */
public class PriorityGroupForm {

	@NotBlank(message = "{error.required}")
	@Size(max = 100, message = "{error.tooLong}")
	private String name;

	private Gender gender;

	@PositiveOrZero(message = "{error.notNegative}")
	@Max(value = 120, message = "{error.age}")
	private Integer minAge;

	@PositiveOrZero(message = "{error.notNegative}")
	@Max(value = 120, message = "{error.age}")
	private Integer maxAge;

	private BirthRegion birthRegion;

	private EducationLevel educationLevel;

	private Boolean disability;

	@PositiveOrZero(message = "{error.notNegative}")
	private Integer minMonthsUnemployed;

	private SwedishLevel maxSwedishLevel;

	public PriorityGroupForm() {
	}

	public PriorityGroupForm(String name, Gender gender, Integer minAge, BirthRegion birthRegion) {
		this.name = name;
		this.gender = gender;
		this.minAge = minAge;
		this.birthRegion = birthRegion;
	}

	/** The version of the group the form was loaded with, when changing it. */
	private Integer version;

	static PriorityGroupForm of(PriorityGroupView group) {
		var form = new PriorityGroupForm(group.name(), group.gender(), group.minAge(), group.birthRegion());
		form.maxAge = group.maxAge();
		form.educationLevel = group.educationLevel();
		form.disability = group.disability();
		form.minMonthsUnemployed = group.minMonthsUnemployed();
		form.maxSwedishLevel = group.maxSwedishLevel();
		form.version = group.version();
		return form;
	}

	/** The fields saved differently from what this form says, after a stale save. */
	List<Difference> differencesFrom(PriorityGroupForm saved) {
		return Difference.builder()
			.text("priorityGroup.name", saved.name, this.name)
			.choice("participant.gender", "gender", saved.gender, this.gender)
			.text("priorityGroup.minAge", saved.minAge, this.minAge)
			.text("priorityGroup.maxAge", saved.maxAge, this.maxAge)
			.choice("participant.birthRegion", "birthRegion", saved.birthRegion, this.birthRegion)
			.choice("participant.educationLevel", "educationLevel", saved.educationLevel, this.educationLevel)
			.flag("participant.disability", saved.disability, this.disability)
			.text("priorityGroup.minMonthsUnemployed", saved.minMonthsUnemployed, this.minMonthsUnemployed)
			.choice("priorityGroup.maxSwedishLevel", "swedishLevel", saved.maxSwedishLevel, this.maxSwedishLevel)
			.list();
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Gender getGender() {
		return this.gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public Integer getMinAge() {
		return this.minAge;
	}

	public void setMinAge(Integer minAge) {
		this.minAge = minAge;
	}

	public Integer getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(Integer maxAge) {
		this.maxAge = maxAge;
	}

	public BirthRegion getBirthRegion() {
		return this.birthRegion;
	}

	public void setBirthRegion(BirthRegion birthRegion) {
		this.birthRegion = birthRegion;
	}

	public EducationLevel getEducationLevel() {
		return this.educationLevel;
	}

	public void setEducationLevel(EducationLevel educationLevel) {
		this.educationLevel = educationLevel;
	}

	public Boolean getDisability() {
		return this.disability;
	}

	public void setDisability(Boolean disability) {
		this.disability = disability;
	}

	public Integer getMinMonthsUnemployed() {
		return this.minMonthsUnemployed;
	}

	public void setMinMonthsUnemployed(Integer minMonthsUnemployed) {
		this.minMonthsUnemployed = minMonthsUnemployed;
	}

	public SwedishLevel getMaxSwedishLevel() {
		return this.maxSwedishLevel;
	}

	public void setMaxSwedishLevel(SwedishLevel maxSwedishLevel) {
		this.maxSwedishLevel = maxSwedishLevel;
	}

}
