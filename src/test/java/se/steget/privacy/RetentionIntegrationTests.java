package se.steget.privacy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.PersonalColumn;
import se.steget.reporting.Breakdown;
import se.steget.reporting.EsfReport;
import se.steget.reporting.EsfReportView;
import se.steget.reporting.GoalReport;
import se.steget.reporting.GoalReportView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention on the demo data: Jobbkontakten ended in 2010; with a year's retention its
 * people lose their identities and free texts, and its figures stay as they were. People
 * registered long ago who were never enrolled go too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steget.demo.enabled=true")
class RetentionIntegrationTests {

	@Autowired
	private Retention retention;

	@Autowired
	private GoalReport goals;

	@Autowired
	private EsfReport esf;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestData data;

	@Autowired
	private MessageSource messages;

	@Test
	void aDryRunListsWhatGoesAndWhatStaysAndARunRemovesItWithoutChangingAFigure() {
		UUID project = this.jdbc.sql("select id from project where name = 'Jobbkontakten'").query(UUID.class).single();
		this.jdbc.sql("update project set retention_months = 12 where id = ?").param(project).update();
		UUID internship = internshipWithVisit(project);
		UUID staffTime = staffTimeWithNote(project);
		UUID coach = this.data.user(Role.STAFF);
		UUID longAgo = this.data.participant(coach, Gender.WOMAN);
		UUID recently = this.data.participant(coach, Gender.MAN);
		this.jdbc.sql("update participant set registered_at = ? where id = ?")
			.params(LocalDateTime.now().minusMonths(13), longAgo)
			.update();
		AccessScope admin = this.data.admin();
		GoalReportView goalsBefore = this.goals.report(project, null, Breakdown.AGE_BAND, admin);
		EsfReportView esfBefore = this.esf.report(project, admin);
		int people = count("select count(distinct participant_id) from enrollment where project_id = ?", project);

		RetentionDryRun dryRun = this.retention.dryRun();
		assertThat(dryRun.projects()).filteredOn((p) -> p.projectId().equals(project))
			.singleElement()
			.satisfies((p) -> assertThat(p.participants()).isEqualTo(people));
		assertThat(dryRun.neverEnrolled()).isGreaterThanOrEqualTo(1);
		assertThat(dryRun.disposable().get("identities")).isGreaterThanOrEqualTo(people + 1L);
		assertThat(dryRun.disposable().get("staffTimeNotes")).isGreaterThanOrEqualTo(1L);
		assertThat(dryRun.disposable().get("notes")).isGreaterThanOrEqualTo(2L);
		assertThat(dryRun.disposable().get("employerContactNotes")).isGreaterThanOrEqualTo(1L);
		assertThat(dryRun.kept()).contains(PersonalColumn.kept("participant", "gender"),
				PersonalColumn.kept("participant", "birth_date"),
				PersonalColumn.kept("participant", "municipality_code"),
				PersonalColumn.kept("participant", "birth_region"), PersonalColumn.kept("outcome", "kind"));
		assertThat(dryRun.kept()).allMatch((c) -> c.fate() == PersonalColumn.Fate.KEPT);
		for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
			dryRun.disposableByMessageKey()
				.keySet()
				.forEach((key) -> assertThat(this.messages.getMessage(key, null, locale)).isNotBlank());
			dryRun.kept()
				.forEach((column) -> assertThat(this.messages.getMessage(column.messageKey(), null, locale))
					.isNotBlank());
		}
		assertThat(count("select count(*) from participant where anonymised_on is not null and id in"
				+ " (select participant_id from enrollment where project_id = ?)", project))
			.isZero();

		assertThat(this.retention.run()).isGreaterThanOrEqualTo(people + 1);

		assertThat(count("select count(*) from participant p join enrollment e on e.participant_id = p.id"
				+ " where e.project_id = ? and (p.anonymised_on is null or p.first_name <> '-'"
				+ " or p.personal_identity_number not like 'X%' or not p.protected_identity)", project))
			.isZero();
		assertThat(count("select count(*) from contact c join enrollment e on e.id = c.enrollment_id"
				+ " where e.project_id = ? and c.note is not null", project))
			.isZero();
		assertThat(count("select count(*) from employer_contact where activity_id = ?"
				+ " and (outcome is not null or next_step is not null)", internship))
			.isZero();
		assertThat(count("select count(*) from activity where id = ? and (result_note is not null or goals is not null"
				+ " or supervisor_id is not null)", internship))
			.isZero();
		assertThat(count("select count(*) from staff_time where id = ? and note is not null", staffTime)).isZero();
		assertThat(count("select count(*) from participant where id = ? and anonymised_on is not null", longAgo))
			.isOne();
		assertThat(count("select count(*) from participant where id = ? and anonymised_on is null", recently)).isOne();
		assertThat(this.goals.report(project, null, Breakdown.AGE_BAND, admin)).isEqualTo(goalsBefore);
		assertThat(this.esf.report(project, admin)).isEqualTo(esfBefore);
		RetentionDryRun after = this.retention.dryRun();
		assertThat(after.projects()).filteredOn((p) -> p.projectId().equals(project))
			.singleElement()
			.satisfies((p) -> assertThat(p.participants()).isZero());
		assertThat(after.nothingToDo()).isTrue();
		assertThat(this.retention.run()).isZero();
	}

	/**
	 * An internship at an employer for one of the project's people, with a follow-up
	 * visit.
	 */
	private UUID internshipWithVisit(UUID project) {
		UUID enrollment = this.jdbc.sql("select min(cast(id as varchar(36))) from enrollment where project_id = ?")
			.param(project)
			.query(String.class)
			.optional()
			.map(UUID::fromString)
			.orElseThrow();
		UUID activity = UUID.randomUUID();
		UUID employer = this.data.employer("Verkstan AB", "0880");
		UUID supervisor = this.data.contactPerson(employer, "Sven Svensson");
		this.jdbc
			.sql("insert into activity (id, project_id, kind, title, start_date, end_date, employer_id, supervisor_id,"
					+ " goals, result_note, version) values (?, ?, 'INTERNSHIP', 'Praktik', ?, ?, ?, ?,"
					+ " 'Lära sig truck', 'Fungerade bra med stöd', 0)")
			.params(activity, project, LocalDate.of(2009, 3, 1), LocalDate.of(2009, 3, 28), employer, supervisor)
			.update();
		this.jdbc.sql("insert into activity_member (activity_id, enrollment_id, joined_on) values (?, ?, ?)")
			.params(activity, enrollment, LocalDate.of(2009, 3, 1))
			.update();
		this.jdbc
			.sql("insert into contact (id, enrollment_id, contacted_at, channel, kind, note, version)"
					+ " values (?, ?, ?, 'PHONE', 'FOLLOW_UP', 'Ringde om praktik', 0)")
			.params(UUID.randomUUID(), enrollment, LocalDateTime.of(2009, 3, 10, 10, 0))
			.update();
		this.jdbc
			.sql("insert into employer_contact (id, employer_id, project_id, contacted_on, channel, purpose,"
					+ " enrollment_id, activity_id, outcome, next_step, next_step_due, next_step_done, version)"
					+ " values (?, ?, ?, ?, 'VISIT', 'INTERNSHIP_FOLLOW_UP', ?, ?, 'Trivs, vill stanna',"
					+ " 'Fråga om förlängning', ?, false, 0)")
			.params(UUID.randomUUID(), employer, project, LocalDate.of(2009, 3, 14), enrollment, activity,
					LocalDate.of(2009, 3, 21))
			.update();
		return activity;
	}

	private UUID staffTimeWithNote(UUID project) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into staff_time (id, user_id, project_id, work_date, minutes, activity, note, version)"
					+ " values (?, ?, ?, ?, 60, 'PARTICIPANT_WORK', 'Samtal med Anna om praktiken', 0)")
			.params(id, this.data.user(Role.STAFF), project, LocalDate.of(2009, 3, 2))
			.update();
		return id;
	}

	private int count(String sql, UUID id) {
		return this.jdbc.sql(sql).param(id).query(Integer.class).single();
	}

}
