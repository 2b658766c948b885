package se.steget.reporting;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.ParticipantAttributes;
import se.steget.core.SwedishLevel;
import se.steget.enrollment.ExitReason;

/**
 * A participant who started in a project (passed the intake), with their situation at the
 * start and how they left, as the reports count them. Nothing here names the person, and
 * a protected identity's home municipality is left out (null), so that no report by
 * municipality can give it away.
 */
record Starter(UUID enrollmentId, UUID projectId, Gender gender, LocalDate birthDate, BirthRegion birthRegion,
		EducationLevel educationLevel, Boolean disability, Integer monthsUnemployed, SwedishLevel swedishLevel,
		String municipalityCode, LocalDate startDate, LocalDate exitDate, ExitReason exitReason, String trackName) {

	static final String SELECT = "select e.id as enrollment_id, e.project_id, p.gender, p.birth_date, p.birth_region,"
			+ " p.education_level, p.disability, p.months_unemployed, p.swedish_level,"
			+ " case when p.protected_identity then null else p.municipality_code end as municipality_code,"
			+ " e.start_date, e.exit_date, e.exit_reason, t.name as track_name from enrollment e"
			+ " join participant p on p.id = e.participant_id left join track t on t.id = e.track_id"
			+ " where (e.status = 'ACTIVE' or (e.status = 'EXITED'"
			+ " and e.exit_reason not in ('DECLINED_AT_INTAKE', 'WITHDREW_AT_INTAKE')))";

	int ageAtStart() {
		return Period.between(this.birthDate, this.startDate).getYears();
	}

	boolean completed() {
		return this.exitDate != null && this.exitReason != ExitReason.DROPOUT;
	}

	ParticipantAttributes attributes() {
		return new ParticipantAttributes(this.gender, this.birthDate, this.birthRegion, this.educationLevel,
				this.disability, this.monthsUnemployed, this.swedishLevel);
	}

}
