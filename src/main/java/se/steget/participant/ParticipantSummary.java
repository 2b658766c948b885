package se.steget.participant;

import java.time.LocalDate;
import java.util.UUID;

import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.Municipalities;
import se.steget.core.SwedishLevel;

/**
 * A participant as lists, pages and the API show them. For a person with protected
 * identity the name, number, birth date and municipality are null: they never leave the
 * database.
 */
public record ParticipantSummary(UUID id, String name, String personalIdentityNumber, Gender gender,
		LocalDate birthDate, String municipalityCode, boolean protectedIdentity, BirthRegion birthRegion,
		EducationLevel educationLevel, Boolean disability, Integer monthsUnemployed, SwedishLevel swedishLevel,
		Integer version, String reserveDocument, String externalId) {

	/** The columns, masked for protected identity, of table alias {@code p}. */
	public static final String COLUMNS = "p.id,"
			+ " case when p.protected_identity then null else p.first_name || ' ' || p.last_name end as name,"
			+ " case when p.protected_identity then null else p.personal_identity_number end as personal_identity_number,"
			+ " p.gender, case when p.protected_identity then null else p.birth_date end as birth_date,"
			+ " case when p.protected_identity then null else p.municipality_code end as municipality_code,"
			+ " p.protected_identity, p.birth_region, p.education_level, p.disability, p.months_unemployed,"
			+ " p.swedish_level, p.version,"
			+ " case when p.protected_identity then null else p.reserve_document end as reserve_document,"
			+ " case when p.protected_identity then null else p.external_id end as external_id";

	/**
	 * The order of a list of people of table alias {@code p} by what it shows: by name,
	 * and people with protected identity last, so that a placeholder's place in the list
	 * tells nothing of the real name (the caller adds a tie-breaker such as an id).
	 */
	public static final String SHOWN_ORDER = "p.protected_identity,"
			+ " case when p.protected_identity then null else p.last_name end,"
			+ " case when p.protected_identity then null else p.first_name end";

	/**
	 * The same columns unmasked, for a reasoned and logged look at a protected identity.
	 */
	static final String REVEALED_COLUMNS = "p.id, p.first_name || ' ' || p.last_name as name,"
			+ " p.personal_identity_number, p.gender, p.birth_date, p.municipality_code, p.protected_identity,"
			+ " p.birth_region, p.education_level, p.disability, p.months_unemployed, p.swedish_level,"
			+ " p.version, p.reserve_document, p.external_id";

	/** A person without a Swedish number, known by a reserve identity. */
	public boolean reserveIdentity() {
		return this.reserveDocument != null;
	}

	public String formattedNumber() {
		return (this.personalIdentityNumber == null) ? null
				: this.personalIdentityNumber.substring(0, 8) + "-" + this.personalIdentityNumber.substring(8);
	}

	public String municipalityName() {
		return (this.municipalityCode == null) ? null : Municipalities.nameOf(this.municipalityCode);
	}

}
