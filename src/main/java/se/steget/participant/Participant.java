package se.steget.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.DomainEvents;

import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.PersonalIdentityNumber;
import se.steget.core.SwedishLevel;

/**
 * A person who takes part, or may take part, in projects.
 */
class Participant {

	@Id
	private UUID id;

	private String personalIdentityNumber;

	private String firstName;

	private String lastName;

	private Gender gender;

	private LocalDate birthDate;

	private String municipalityCode;

	private boolean protectedIdentity;

	private BirthRegion birthRegion;

	private EducationLevel educationLevel;

	private Boolean disability;

	private Integer monthsUnemployed;

	private SwedishLevel swedishLevel;

	private UUID registeredBy;

	private Instant registeredAt;

	@Version
	private Integer version;

	Participant() {
	}

	static Participant register(ParticipantForm form, UUID registeredBy, Instant at) {
		var participant = new Participant();
		participant.id = UUID.randomUUID();
		participant.registeredBy = registeredBy;
		participant.registeredAt = at;
		participant.update(form);
		return participant;
	}

	void update(ParticipantForm form) {
		var number = PersonalIdentityNumber.parse(form.getPersonalIdentityNumber());
		this.personalIdentityNumber = number.value();
		this.birthDate = number.birthDate();
		this.firstName = form.getFirstName().strip();
		this.lastName = form.getLastName().strip();
		this.gender = form.getGender();
		this.municipalityCode = form.getMunicipalityCode().strip();
		this.protectedIdentity = form.isProtectedIdentity();
		this.birthRegion = form.getBirthRegion();
		this.educationLevel = form.getEducationLevel();
		this.disability = form.getDisability();
		this.monthsUnemployed = form.getMonthsUnemployed();
		this.swedishLevel = form.getSwedishLevel();
	}

	UUID getId() {
		return this.id;
	}

	String getPersonalIdentityNumber() {
		return this.personalIdentityNumber;
	}

	String getFirstName() {
		return this.firstName;
	}

	String getLastName() {
		return this.lastName;
	}

	Gender getGender() {
		return this.gender;
	}

	String getMunicipalityCode() {
		return this.municipalityCode;
	}

	boolean isProtectedIdentity() {
		return this.protectedIdentity;
	}

	BirthRegion getBirthRegion() {
		return this.birthRegion;
	}

	EducationLevel getEducationLevel() {
		return this.educationLevel;
	}

	Boolean getDisability() {
		return this.disability;
	}

	Integer getMonthsUnemployed() {
		return this.monthsUnemployed;
	}

	SwedishLevel getSwedishLevel() {
		return this.swedishLevel;
	}

	@DomainEvents
	List<ParticipantChanged> changed() {
		return List.of(new ParticipantChanged(this.id));
	}

}
