package se.steget.participant;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import se.steget.core.BirthRegion;
import se.steget.core.Difference;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.ParticipantAttributes;
import se.steget.core.PersonalIdentityNumber;
import se.steget.core.KnownMunicipality;
import se.steget.core.Municipalities;
import se.steget.core.Municipality;
import se.steget.core.SwedishLevel;
import se.steget.core.ValidPersonalIdentityNumber;

/**
 * What a user enters for a participant, on the page and in the API.
 */
public class ParticipantForm {

	@NotBlank(message = "{error.required}")
	@ValidPersonalIdentityNumber
	private String personalIdentityNumber;

	@NotBlank(message = "{error.required}")
	@Size(max = 100, message = "{error.tooLong}")
	private String firstName;

	@NotBlank(message = "{error.required}")
	@Size(max = 100, message = "{error.tooLong}")
	private String lastName;

	@NotNull(message = "{error.required}")
	private Gender gender;

	@NotBlank(message = "{error.required}")
	@KnownMunicipality
	private String municipalityCode;

	private boolean protectedIdentity;

	private BirthRegion birthRegion;

	private EducationLevel educationLevel;

	private Boolean disability;

	@PositiveOrZero(message = "{error.notNegative}")
	@Max(value = 600, message = "{error.months}")
	private Integer monthsUnemployed;

	private SwedishLevel swedishLevel;

	/** The version the form was loaded with; null when registering. */
	private Integer version;

	public ParticipantForm() {
	}

	public ParticipantForm(String personalIdentityNumber, String firstName, String lastName, Gender gender,
			String municipalityCode, boolean protectedIdentity) {
		this.personalIdentityNumber = personalIdentityNumber;
		this.firstName = firstName;
		this.lastName = lastName;
		this.gender = gender;
		this.municipalityCode = municipalityCode;
		this.protectedIdentity = protectedIdentity;
	}

	static ParticipantForm of(Participant participant) {
		ParticipantForm form = participant.isProtectedIdentity()
				? new ParticipantForm(null, null, null, participant.getGender(), null, true)
				: new ParticipantForm(participant.getPersonalIdentityNumber(), participant.getFirstName(),
						participant.getLastName(), participant.getGender(), participant.getMunicipalityCode(), false);
		form.birthRegion = participant.getBirthRegion();
		form.educationLevel = participant.getEducationLevel();
		form.disability = participant.getDisability();
		form.monthsUnemployed = participant.getMonthsUnemployed();
		form.swedishLevel = participant.getSwedishLevel();
		form.version = participant.getVersion();
		return form;
	}

	/**
	 * What differs between the record as saved now (its edit form) and this form; for a
	 * protected identity the hidden fields stay out of it.
	 */
	List<Difference> differencesFrom(ParticipantForm saved) {
		var differences = Difference.builder();
		if (saved.personalIdentityNumber != null) {
			differences
				.text("participant.personalIdentityNumber", saved.personalIdentityNumber, this.personalIdentityNumber)
				.text("participant.firstName", saved.firstName, this.firstName)
				.text("participant.lastName", saved.lastName, this.lastName)
				.text("participant.municipality", municipalityName(saved.municipalityCode),
						municipalityName(this.municipalityCode));
		}
		return differences.choice("participant.gender", "gender", saved.gender, this.gender)
			.flag("participant.protectedIdentity", saved.protectedIdentity, this.protectedIdentity)
			.choice("participant.birthRegion", "birthRegion", saved.birthRegion, this.birthRegion)
			.choice("participant.educationLevel", "educationLevel", saved.educationLevel, this.educationLevel)
			.flag("participant.disability", saved.disability, this.disability)
			.text("participant.monthsUnemployed", saved.monthsUnemployed, this.monthsUnemployed)
			.choice("participant.swedishLevel", "swedishLevel", saved.swedishLevel, this.swedishLevel)
			.list();
	}

	/**
	 * The edit form of a person with protected identity does not show the identity: this
	 * form with the identity as stored filled in, as a copy, or this form when it shows
	 * the identity.
	 */
	ParticipantForm withHiddenIdentityOf(Participant stored) {
		if (!stored.isProtectedIdentity() || !isBlank(this.personalIdentityNumber) || !isBlank(this.firstName)
				|| !isBlank(this.lastName) || !isBlank(this.municipalityCode)) {
			return this;
		}
		ParticipantForm filled = new ParticipantForm(stored.getPersonalIdentityNumber(), stored.getFirstName(),
				stored.getLastName(), this.gender, stored.getMunicipalityCode(), this.protectedIdentity);
		filled.birthRegion = this.birthRegion;
		filled.educationLevel = this.educationLevel;
		filled.disability = this.disability;
		filled.monthsUnemployed = this.monthsUnemployed;
		filled.swedishLevel = this.swedishLevel;
		filled.version = this.version;
		return filled;
	}

	/** The values the form holds, once it is valid. */
	ParticipantDetails details() {
		var number = PersonalIdentityNumber.parse(this.personalIdentityNumber);
		return new ParticipantDetails(number, this.firstName.strip(), this.lastName.strip(),
				this.municipalityCode.strip(), this.protectedIdentity,
				new ParticipantAttributes(this.gender, number.birthDate(), this.birthRegion, this.educationLevel,
						this.disability, this.monthsUnemployed, this.swedishLevel));
	}

	private static String municipalityName(String code) {
		return isBlank(code) ? null : Municipalities.find(code.strip()).map(Municipality::name).orElse(code);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public String getPersonalIdentityNumber() {
		return this.personalIdentityNumber;
	}

	public void setPersonalIdentityNumber(String personalIdentityNumber) {
		this.personalIdentityNumber = personalIdentityNumber;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public Gender getGender() {
		return this.gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public String getMunicipalityCode() {
		return this.municipalityCode;
	}

	public void setMunicipalityCode(String municipalityCode) {
		this.municipalityCode = municipalityCode;
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

	public Integer getMonthsUnemployed() {
		return this.monthsUnemployed;
	}

	public void setMonthsUnemployed(Integer monthsUnemployed) {
		this.monthsUnemployed = monthsUnemployed;
	}

	public SwedishLevel getSwedishLevel() {
		return this.swedishLevel;
	}

	public void setSwedishLevel(SwedishLevel swedishLevel) {
		this.swedishLevel = swedishLevel;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public boolean isProtectedIdentity() {
		return this.protectedIdentity;
	}

	public void setProtectedIdentity(boolean protectedIdentity) {
		this.protectedIdentity = protectedIdentity;
	}

}
