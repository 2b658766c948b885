package se.steget.employer;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * An employer in the register: its organisation number (unique where known; employers
 * taken over from free-text internships may lack one until someone adds it), name and
 * industry.
 */
class Employer {

	@Id
	private UUID id;

	private String organisationNumber;

	private String name;

	private String sniCode;

	@Version
	private Integer version;

	Employer() {
	}

	static Employer register(EmployerDetails details) {
		var employer = new Employer();
		employer.id = UUID.randomUUID();
		employer.change(details);
		return employer;
	}

	void change(EmployerDetails details) {
		this.organisationNumber = details.organisationNumber();
		this.name = details.name();
		this.sniCode = details.sniCode();
	}

	UUID getId() {
		return this.id;
	}

	Integer getVersion() {
		return this.version;
	}

}
