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
import se.steget.core.ParticipantAttributes;
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

	private String reserveDocument;

	private String externalId;

	private UUID registeredBy;

	private Instant registeredAt;

	@Version
	private Integer version;

	Participant() {
	}

	static Participant register(ParticipantDetails details, UUID registeredBy, Instant at) {
		var participant = new Participant();
		participant.id = UUID.randomUUID();
		participant.registeredBy = registeredBy;
		participant.registeredAt = at;
		participant.update(details);
		return participant;
	}

	void update(ParticipantDetails details) {
		ParticipantAttributes situation = details.situation();
		this.personalIdentityNumber = (details.number() != null) ? details.number().value() : null;
		this.birthDate = situation.birthDate();
		this.reserveDocument = details.reserveDocument();
		this.externalId = details.externalId();
		this.firstName = details.firstName();
		this.lastName = details.lastName();
		this.gender = situation.gender();
		this.municipalityCode = details.municipalityCode();
		this.protectedIdentity = details.protectedIdentity();
		this.birthRegion = situation.birthRegion();
		this.educationLevel = situation.educationLevel();
		this.disability = situation.disability();
		this.monthsUnemployed = situation.monthsUnemployed();
		this.swedishLevel = situation.swedishLevel();
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

	/** The person's id in the system a file of them came from; null when none. */
	String getExternalId() {
		return this.externalId;
	}

	/** Which document shows who a person without a Swedish number is; null otherwise. */
	String getReserveDocument() {
		return this.reserveDocument;
	}

	LocalDate getBirthDate() {
		return this.birthDate;
	}

	Integer getVersion() {
		return this.version;
	}

	@DomainEvents
	List<ParticipantChanged> changed() {
		return List.of(new ParticipantChanged(this.id));
	}

}
