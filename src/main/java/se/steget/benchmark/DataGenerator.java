package se.steget.benchmark;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Municipalities;
import se.steget.core.Municipality;
import se.steget.core.SwedishLevel;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.OutcomeKind;

/**
 * Fills the database with made-up projects (with goals and follow-up points), staff,
 * employers, participants, enrollments, outcomes, contacts, group programmes with their
 * attendance, and internships, the same for the same seed and size. Projects differ in
 * size, from a few hundred participants to many thousands. Everything is written in bulk,
 * past the application's services, so that a national programme loads in minutes.
 * <p>
 * Skatteverket publishes far fewer test personal identity numbers than a national
 * programme has participants, so generated people get numbers in the form retention
 * leaves behind ({@code X} and eleven digits): clearly no one's, and never valid.
 */
@Component
class DataGenerator {

	private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

	/**
	 * The password of every generated staff member, {@code bench-SEED-N}, for the load
	 * test.
	 */
	static final String STAFF_PASSWORD = "steget-bench-1";

	/**
	 * About a hundred participants over the years, some forty at a time, per staff
	 * member.
	 */
	private static final int PARTICIPANTS_PER_STAFF = 100;

	/** Fifty thousand employers for a million participants. */
	private static final int PARTICIPANTS_PER_EMPLOYER = 20;

	/**
	 * A hundred and twenty-five thousand vacancies for a million participants, four in
	 * five open: a hundred thousand open.
	 */
	private static final int PARTICIPANTS_PER_VACANCY = 8;

	private static final LocalDate FIRST_START = LocalDate.of(2023, 1, 2);

	private static final int START_DAYS = 1_300;

	private static final List<OutcomeKind> OUTCOMES = List.of(OutcomeKind.EMPLOYMENT, OutcomeKind.EMPLOYMENT,
			OutcomeKind.EMPLOYMENT, OutcomeKind.SELF_EMPLOYMENT, OutcomeKind.REGULAR_STUDIES,
			OutcomeKind.LABOUR_MARKET_TRAINING, OutcomeKind.JOB_SEARCHING, OutcomeKind.JOB_SEARCHING,
			OutcomeKind.CLOSER_TO_LABOUR_MARKET, OutcomeKind.SICK_OR_PARENTAL_LEAVE, OutcomeKind.OTHER);

	private final DataSource dataSource;

	private final Clock clock;

	private final PasswordEncoder passwordEncoder;

	DataGenerator(DataSource dataSource, Clock clock, PasswordEncoder passwordEncoder) {
		this.passwordEncoder = passwordEncoder;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/** What was generated, per table. */
	record Generated(int projects, int staff, int employers, long participants, long enrollments, long outcomes,
			long contacts, long activities, long attendance, long vacancies, long employerContacts, long jobProfiles) {
	}

	Generated generate(long seed, BenchmarkSize size) {
		var random = new Random(seed);
		LocalDate today = LocalDate.now(this.clock);
		List<String> municipalities = Municipalities.all().stream().map(Municipality::code).toList();
		List<UUID> projects = new ArrayList<>();
		List<UUID[]> pointsByProject = new ArrayList<>();
		List<List<String>> municipalitiesByProject = new ArrayList<>();
		List<UUID> staff = new ArrayList<>();
		List<List<UUID>> staffByProject = new ArrayList<>();
		int staffCount = Math.max(3 * size.projects(), size.participants() / PARTICIPANTS_PER_STAFF);
		String password = this.passwordEncoder.encode(STAFF_PASSWORD);
		int[] projectOf = projectsOfStaff(staffCount, size.projects());
		try (var users = RowWriter.to(this.dataSource, "user_account", "id", "username", "display_name",
				"password_hash", "role", "staff_function", "enabled", "version")) {
			for (int i = 0; i < staffCount; i++) {
				UUID id = new UUID(seed, i);
				staff.add(id);
				users.row(id, "bench-" + seed + "-" + i, "Handläggare " + i, password, "STAFF", "COACH", true, 0);
			}
		}
		try (var rows = RowWriter.to(this.dataSource, "project", "id", "name", "phase", "period_start", "period_end",
				"version");
				var members = RowWriter.to(this.dataSource, "project_membership", "project_id", "user_id").after(rows);
				var points = RowWriter
					.to(this.dataSource, "follow_up_point", "id", "project_id", "name", "days_after_exit")
					.after(rows);
				var goals = RowWriter
					.to(this.dataSource, "goal", "id", "project_id", "name", "population", "measure", "outcome_kinds",
							"days_after_exit", "target_percent", "target_count", "position")
					.after(rows)) {
			for (int i = 0; i < size.projects(); i++) {
				UUID id = new UUID(seed + 1, i);
				projects.add(id);
				staffByProject.add(new ArrayList<>());
				rows.row(id, "Skalprojekt " + seed + "-" + i, "IMPLEMENTATION", FIRST_START.minusMonths(3),
						FIRST_START.plusYears(5), 0);
				int first = random.nextInt(municipalities.size() - 6);
				municipalitiesByProject.add(municipalities.subList(first, first + 1 + random.nextInt(6)));
				UUID[] ids = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };
				pointsByProject.add(ids);
				points.row(ids[0], id, "4 veckor", 28);
				points.row(ids[1], id, "90 dagar", 90);
				points.row(ids[2], id, "6 månader", 182);
				goals.row(UUID.randomUUID(), id, "Deltagare som börjar", "STARTERS", "STARTED", null, null, null, 400,
						0);
				goals.row(UUID.randomUUID(), id, "Fullföljer", "STARTERS", "COMPLETED", null, null, 80, null, 1);
				goals.row(UUID.randomUUID(), id, "Arbete eller studier efter 90 dagar", "STARTERS", "OUTCOME",
						"EMPLOYMENT,REGULAR_STUDIES,SELF_EMPLOYMENT", 90, 48, null, 2);
			}
			for (int i = 0; i < staff.size(); i++) {
				int project = projectOf[i];
				members.row(projects.get(project), staff.get(i));
				staffByProject.get(project).add(staff.get(i));
			}
		}
		List<String> employerMunicipalities = new ArrayList<>();
		List<UUID> employers = GeneratedEmployers.employers(this.dataSource, seed,
				size.participants() / PARTICIPANTS_PER_EMPLOYER, municipalities, employerMunicipalities, random);
		long employerContacts = GeneratedEmployers.contacts(this.dataSource, employers, projects, staffByProject, today,
				random);
		long vacancies = GeneratedEmployers.vacancies(this.dataSource, seed,
				size.participants() / PARTICIPANTS_PER_VACANCY, employers, employerMunicipalities, today, random);
		long[] counts = new long[6];
		try (var people = RowWriter.to(this.dataSource, "participant", "id", "personal_identity_number", "first_name",
				"last_name", "gender", "birth_date", "municipality_code", "protected_identity", "registered_at",
				"version", "birth_region", "education_level", "disability", "months_unemployed", "swedish_level");
				var enrollments = RowWriter
					.to(this.dataSource, "enrollment", "id", "participant_id", "project_id", "start_date",
							"responsible_user_id", "status", "exit_date", "exit_reason", "version", "last_contact_on")
					.after(people);
				var outcomes = RowWriter
					.to(this.dataSource, "outcome", "id", "enrollment_id", "follow_up_point_id", "observed_on", "kind",
							"source", "recorded_at", "version")
					.after(enrollments);
				var contacts = RowWriter
					.to(this.dataSource, "contact", "id", "enrollment_id", "contacted_at", "channel", "kind",
							"duration_minutes", "staff_user_id", "version")
					.after(enrollments);
				var activities = new GeneratedActivities(this.dataSource, enrollments, employers, today, random);
				var profiles = new GeneratedEmployers(this.dataSource, enrollments, random)) {
			LocalDateTime now = LocalDateTime.now(this.clock);
			for (int i = 0; i < size.participants(); i++) {
				UUID person = new UUID(seed + 2, i);
				int home = projectOf[random.nextInt(staff.size())];
				List<String> near = municipalitiesByProject.get(home);
				double gender = random.nextDouble();
				BirthRegion region = BirthRegion.values()[random.nextInt(BirthRegion.values().length)];
				people.row(person, "X" + String.format("%011d", seed * 10_000_000L + i), "Deltagare", "Nr " + i,
						(gender < 0.48) ? "WOMAN" : (gender < 0.98) ? "MAN" : "NON_BINARY",
						LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 45)),
						near.get(random.nextInt(near.size())), false, now, 0, region.name(),
						EducationLevel.values()[random.nextInt(EducationLevel.values().length)].name(),
						random.nextInt(6) == 0, 6 + random.nextInt(60),
						SwedishLevel.values()[random.nextInt(SwedishLevel.values().length)].name());
				int enrollmentsOfPerson = (random.nextInt(5) == 0) ? 2 : 1;
				LocalDate start = FIRST_START.plusDays(random.nextInt(START_DAYS));
				for (int k = 0; k < enrollmentsOfPerson; k++) {
					int project = (k == 0) ? home : random.nextInt(projects.size());
					List<UUID> team = staffByProject.get(project);
					UUID responsible = team.get(random.nextInt(team.size()));
					UUID enrollment = UUID.randomUUID();
					LocalDate exit = start.plusDays(60 + random.nextInt(400));
					boolean exited = exit.isBefore(today);
					int reason = random.nextInt(20);
					ExitReason why = !exited ? null : (reason == 0) ? ExitReason.DECLINED_AT_INTAKE
							: (reason < 4) ? ExitReason.DROPOUT : ExitReason.COMPLETED;
					LocalDate lastContact = exited ? exit : today.minusDays(random.nextInt(10));
					enrollments.row(enrollment, person, projects.get(project), start, responsible,
							exited ? "EXITED" : "ACTIVE", exited ? exit : null, (why != null) ? why.name() : null, 0,
							lastContact);
					activities.of(enrollment, projects.get(project), responsible, start, exited ? exit : null);
					if (!exited) {
						profiles.profile(enrollment, today);
					}
					int days = (int) ChronoUnit.DAYS.between(start, exited ? exit : today) + 1;
					for (int c = 0; c < size.contactsPerEnrollment(); c++) {
						LocalDateTime contactedAt = start.atTime(8, 0)
							.plusDays(random.nextInt(days))
							.plusMinutes(random.nextInt(480));
						if (contactedAt.isBefore(now)) {
							contacts.row(UUID.randomUUID(), enrollment, contactedAt, "PHONE", "SUPPORT_CONVERSATION",
									15 + random.nextInt(45), responsible, 0);
						}
					}
					if (why != null && why != ExitReason.DECLINED_AT_INTAKE && random.nextInt(10) < 8) {
						UUID[] ids = pointsByProject.get(project);
						outcomes.row(UUID.randomUUID(), enrollment, null, exit.plusDays(random.nextInt(20)),
								OUTCOMES.get(random.nextInt(OUTCOMES.size())).name(), "PHONE_CALL", now, 0);
						if (exit.plusDays(90).isBefore(today) && random.nextInt(10) < 6) {
							outcomes.row(UUID.randomUUID(), enrollment, ids[1], exit.plusDays(90),
									OUTCOMES.get(random.nextInt(OUTCOMES.size())).name(), "PHONE_CALL", now, 0);
						}
					}
					start = exit.plusDays(30);
					if (!exited || start.isAfter(today)) {
						break;
					}
				}
				if (i % 100_000 == 99_999) {
					log.info("Generated {} of {} participants", i + 1, size.participants());
				}
			}
			outcomes.flush();
			contacts.flush();
			counts = new long[] { people.written(), enrollments.written(), outcomes.written(), contacts.written(),
					activities.activitiesWritten(), activities.attendanceWritten(), profiles.profilesWritten() };
		}
		markEnrolled();
		return new Generated(projects.size(), staff.size(), employers.size(), counts[0], counts[1], counts[2],
				counts[3], counts[4], counts[5], vacancies, employerContacts, counts[6]);
	}

	/**
	 * The day each generated person was first enrolled, as enrolling them through Steget
	 * records it.
	 */
	private void markEnrolled() {
		JdbcClient.create(this.dataSource)
			.sql("update participant set first_enrolled_on = (select min(e.start_date) from enrollment e"
					+ " where e.participant_id = participant.id) where first_enrolled_on is null")
			.update();
	}

	/**
	 * Which project each staff member works in: projects weigh one to five, so that they
	 * differ in size, and every staff member has about the same number of participants.
	 */
	private static int[] projectsOfStaff(int staffCount, int projects) {
		long totalWeight = 0;
		for (int p = 0; p < projects; p++) {
			totalWeight += 1 + p % 5;
		}
		int[] projectOf = new int[staffCount];
		int project = 0;
		long upTo = 1;
		for (int i = 0; i < staffCount; i++) {
			while (project < projects - 1 && (long) i * totalWeight >= upTo * staffCount) {
				project++;
				upTo += 1 + project % 5;
			}
			projectOf[i] = project;
		}
		return projectOf;
	}

}
