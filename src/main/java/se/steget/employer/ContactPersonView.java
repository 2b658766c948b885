package se.steget.employer;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person at an employer whom staff deal with: a manager, a recruiter, a supervisor.
 */
public record ContactPersonView(UUID id, UUID employerId, String name, String role, String phone, String email,
		LocalDate addedOn) {

	static final String SELECT = "select id, employer_id, name, role, phone, email, added_on from employer_contact_person";

}
