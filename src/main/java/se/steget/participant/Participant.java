package se.steget.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import se.steget.core.Gender;
import se.steget.core.PersonalIdentityNumber;

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

	private UUID registeredBy;

	private Instant registeredAt;

	@Version
	private Integer version;

	Participant() {
	}

	static Participant register(ParticipantForm form, UUID registeredBy) {
		var participant = new Participant();
		participant.id = UUID.randomUUID();
		participant.registeredBy = registeredBy;
		participant.registeredAt = Instant.now();
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

}
