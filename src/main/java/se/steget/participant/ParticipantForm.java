package se.steget.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.steget.core.BirthRegion;
import se.steget.core.Difference;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.ParticipantAttributes;
import se.steget.core.PersonalIdentityNumber;
import se.steget.core.RejectedInputException;
import se.steget.core.KnownMunicipality;
import se.steget.core.Municipalities;
import se.steget.core.Municipality;
import se.steget.core.SwedishLevel;
import se.steget.core.ValidPersonalIdentityNumber;

/**
 * What a user enters for a participant, on the page and in the API.
 */
public class ParticipantForm {

	@ValidPersonalIdentityNumber
	private String personalIdentityNumber;

	/** A person without a Swedish number: a reserve identity until they are given one. */
	private boolean reserveIdentity;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@Size(max = 200, message = "{error.tooLong}")
	private String reserveDocument;

	@Size(max = 64, message = "{error.tooLong}")
	private String externalId;

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
		form.externalId = participant.isProtectedIdentity() ? null : participant.getExternalId();
		if (participant.getPersonalIdentityNumber() == null && !participant.isProtectedIdentity()) {
			form.reserveIdentity = true;
			form.birthDate = participant.getBirthDate();
			form.reserveDocument = participant.getReserveDocument();
		}
		return form;
	}

	/**
	 * What differs between the record as saved now (its edit form) and this form; for a
	 * protected identity the hidden fields stay out of it.
	 */
	public List<Difference> differencesFrom(ParticipantForm saved) {
		var differences = Difference.builder();
		if (saved.personalIdentityNumber != null) {
			differences
				.text("participant.personalIdentityNumber", saved.personalIdentityNumber, this.personalIdentityNumber)
				.text("participant.firstName", saved.firstName, this.firstName)
				.text("participant.lastName", saved.lastName, this.lastName)
				.text("participant.municipality", municipalityName(saved.municipalityCode),
						municipalityName(this.municipalityCode))
				.text("participant.externalId", blankToNull(saved.externalId), blankToNull(this.externalId));
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
		filled.reserveIdentity = stored.getPersonalIdentityNumber() == null;
		filled.birthDate = stored.getBirthDate();
		filled.reserveDocument = stored.getReserveDocument();
		filled.externalId = stored.getExternalId();
		filled.birthRegion = this.birthRegion;
		filled.educationLevel = this.educationLevel;
		filled.disability = this.disability;
		filled.monthsUnemployed = this.monthsUnemployed;
		filled.swedishLevel = this.swedishLevel;
		filled.version = this.version;
		return filled;
	}

	/**
	 * What the identity lacks: a number, or for a reserve identity its date of birth (not
	 * in the future) and the document that shows who the person is. A number given to a
	 * reserve identity replaces it.
	 */
	List<RejectedInputException> identityProblems(LocalDate today) {
		List<RejectedInputException> problems = new ArrayList<>();
		if (!isBlank(this.personalIdentityNumber)) {
			return problems;
		}
		if (!this.reserveIdentity) {
			problems.add(new RejectedInputException("personalIdentityNumber", "error.required"));
			return problems;
		}
		if (this.birthDate == null) {
			problems.add(new RejectedInputException("birthDate", "error.required"));
		}
		else if (this.birthDate.isAfter(today)) {
			problems.add(new RejectedInputException("birthDate", "error.dateInFuture"));
		}
		if (isBlank(this.reserveDocument)) {
			problems.add(new RejectedInputException("reserveDocument", "error.required"));
		}
		return problems;
	}

	/** The values the form holds, once it is valid. */
	ParticipantDetails details() {
		var number = isBlank(this.personalIdentityNumber) ? null
				: PersonalIdentityNumber.parse(this.personalIdentityNumber);
		LocalDate born = (number != null) ? number.birthDate() : this.birthDate;
		return new ParticipantDetails(number, this.firstName.strip(), this.lastName.strip(),
				this.municipalityCode.strip(), this.protectedIdentity,
				new ParticipantAttributes(this.gender, born, this.birthRegion, this.educationLevel, this.disability,
						this.monthsUnemployed, this.swedishLevel),
				(number == null) ? this.reserveDocument.strip() : null, blankToNull(this.externalId));
	}

	private static String municipalityName(String code) {
		return isBlank(code) ? null : Municipalities.find(code.strip()).map(Municipality::name).orElse(code);
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text.strip();
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

	public boolean isReserveIdentity() {
		return this.reserveIdentity;
	}

	public void setReserveIdentity(boolean reserveIdentity) {
		this.reserveIdentity = reserveIdentity;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public String getExternalId() {
		return this.externalId;
	}

	public void setExternalId(String externalId) {
		this.externalId = externalId;
	}

	public String getReserveDocument() {
		return this.reserveDocument;
	}

	public void setReserveDocument(String reserveDocument) {
		this.reserveDocument = reserveDocument;
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
