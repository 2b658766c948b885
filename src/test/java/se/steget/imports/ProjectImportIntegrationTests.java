package se.steget.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.participant.ParticipantForm;
import se.steget.participant.ParticipantManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Records imported into a project: enrollments of registered participants, checked by the
 * enrollment rules (overlaps, dates), with track and exit; and contacts, logged on the
 * participant's stay of their day by the case work rules. Bad rows are named, the good
 * ones import, and importing again changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectImportIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private se.steget.enrollment.EnrollmentManagement enrollments;

	@Autowired
	private se.steget.activity.ActivityManagement activities;

	@Autowired
	private se.steget.casework.ContactManagement contacts;

	@Autowired
	private se.steget.outcome.OutcomeManagement outcomes;

	@Autowired
	private se.steget.activity.AttendanceManagement attendance;

	@Test
	void rowsAreCheckedByTheEnrollmentRulesAndTheGoodOnesImportWithTrackAndExit() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		this.data.track(project, "Fas 1", null, null, true);
		String first = registered(coach);
		String second = registered(coach);
		String file = "Personnummer;Startdatum;Spår;Avslut;Avslutsorsak\n" + first + ";" + TODAY.minusDays(30)
				+ ";fas 1;;\n" + second + ";" + TODAY.minusDays(20).toString().replace("-", "") + ";;"
				+ TODAY.minusDays(5) + ";Arbete\n" + TestNumbers.next() + ";" + TODAY.minusDays(20) + ";;;\n" + first
				+ ";" + TODAY.minusDays(10) + ";;;\n" + second + ";32/13/2024;;;\n";
		String id = upload(coach, "enrollments", project, file);

		String report = check(coach, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.create").value(2))
			.andExpect(jsonPath("$.counts.invalid").value(3))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> rows = JsonPath.read(report, "$.problems[*].row");
		assertThat(rows).containsExactly(4, 5, 6);
		assertThat(JsonPath.<List<String>>read(report, "$.problems[*].messageKey"))
			.containsExactly("imports.error.notRegistered", "error.overlappingEnrollment", "imports.error.date");
		assertThat(JsonPath.<List<String>>read(report, "$.problems[*].column")).containsExactly("Personnummer",
				"Startdatum", "Startdatum");
		assertThat(enrollments(project)).as("the check writes nothing").isZero();

		commit(coach, id, false).andExpect(status().isUnprocessableContent());
		assertThat(enrollments(project)).isZero();
		commit(coach, id, true).andExpect(status().isOk()).andExpect(jsonPath("$.counts.create").value(2));
		assertThat(enrollments(project)).isEqualTo(2);
		assertThat(this.jdbc
			.sql("select t.name from enrollment e join track t on t.id = e.track_id where e.project_id = ?")
			.param(project)
			.query(String.class)
			.list()).containsExactly("Fas 1");
		assertThat(this.jdbc.sql("select exit_reason from enrollment where project_id = ? and exit_date = ?")
			.params(project, TODAY.minusDays(5))
			.query(String.class)
			.list()).containsExactly("EMPLOYMENT");

		String again = upload(coach, "enrollments", project, file);
		check(coach, again).andExpect(jsonPath("$.counts.create").value(0))
			.andExpect(jsonPath("$.counts.unchanged").value(2));
	}

	@Test
	void anEnrollmentImportIsUndoneWhileNothingHasChangedItsStaysAndTheKeptCountsFollow() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		this.data.track(project, "Fas 1", null, null, true);
		String changed = registered(coach);
		String contacted = registered(coach);
		String kept = upload(coach, "enrollments", project, "Personnummer;Startdatum\n" + changed + ";"
				+ TODAY.minusDays(30) + "\n" + contacted + ";" + TODAY.minusDays(30) + "\n");
		commit(coach, kept, false).andExpect(jsonPath("$.counts.create").value(2));
		var exit = new se.steget.enrollment.ExitForm();
		exit.setExitDate(TODAY.minusDays(1));
		exit.setExitReason(se.steget.enrollment.ExitReason.EMPLOYMENT);
		this.enrollments.exit(stay(changed, project), exit, this.data.scope(coach));
		undo(coach, kept).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("rows"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("1 av inskrivningarna")));
		assertThat(enrollments(project)).as("nothing undone when one stay was exited since").isEqualTo(2);

		UUID other = this.data.project(coach);
		this.data.track(other, "Fas 1", null, null, true);
		String fresh = upload(coach, "enrollments", other,
				"Personnummer;Startdatum;Spår;Avslut;Avslutsorsak\n" + contacted + ";" + TODAY.minusDays(20)
						+ ";fas 1;;\n" + registered(coach) + ";" + TODAY.minusDays(20) + ";;" + TODAY.minusDays(2)
						+ ";Arbete\n");
		commit(coach, fresh, false).andExpect(jsonPath("$.counts.create").value(2));
		assertThat(starters(other)).isEqualTo(2);
		this.contacts.log(stay(contacted, project),
				new se.steget.casework.ContactForm(TODAY.minusDays(3).atTime(10, 0),
						se.steget.casework.ContactChannel.PHONE, se.steget.casework.ContactKind.SUPPORT_CONVERSATION,
						15, coach),
				this.data.scope(coach));
		undo(coach, fresh).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("1 av inskrivningarna")));
		assertThat(enrollments(other)).as("a person with a contact since keeps the import").isEqualTo(2);

		String third = registered(coach);
		String fourth = registered(coach);
		String undone = upload(coach, "enrollments", other,
				"Personnummer;Startdatum;Spår;Avslut;Avslutsorsak\n" + third + ";" + TODAY.minusDays(20) + ";fas 1;;\n"
						+ fourth + ";" + TODAY.minusDays(20) + ";;" + TODAY.minusDays(2) + ";Arbete\n");
		commit(coach, undone, false).andExpect(jsonPath("$.counts.create").value(2));
		assertThat(starters(other)).isEqualTo(4);
		List<UUID> people = List.of(id(third, coach), id(fourth, coach));
		undo(coach, undone).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDONE"));
		assertThat(enrollments(other)).isEqualTo(2);
		assertThat(starters(other)).as("the kept counts let go of the removed stays").isEqualTo(2);
		this.jdbc.sql("select first_enrolled_on from participant where id in (:ids)")
			.param("ids", people)
			.query((rs, n) -> rs.getObject(1))
			.list()
			.forEach((first) -> assertThat(first).as("never enrolled again").isNull());
		undo(coach, undone).andExpect(status().isUnprocessableContent());
	}

	private UUID stay(String number, UUID project) {
		return this.jdbc
			.sql("select e.id from enrollment e join participant p on p.id = e.participant_id"
					+ " where p.personal_identity_number = ? and e.project_id = ?")
			.params(se.steget.core.PersonalIdentityNumber.parse(number).value(), project)
			.query(UUID.class)
			.single();
	}

	private long starters(UUID project) {
		return this.jdbc.sql("select coalesce(sum(starters), 0) from outcome_summary where project_id = ?")
			.param(project)
			.query(Long.class)
			.single();
	}

	private ResultActions undo(UUID who, String id) throws Exception {
		return requests().undo(who, id);
	}

	@Test
	void rowsPastTheFirstBatchFindTheirPeopleAndStaysAndMeetTheRowsOfEarlierBatches() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		List<String> numbers = new java.util.ArrayList<>();
		for (int i = 0; i < Trial.BATCH + 20; i++) {
			numbers.add(registered(coach));
		}
		StringBuilder file = new StringBuilder("Personnummer;Startdatum\n");
		numbers.forEach((n) -> file.append(n).append(';').append(TODAY.minusDays(30)).append('\n'));
		file.append(numbers.get(0)).append(';').append(TODAY.minusDays(10)).append('\n');
		String id = upload(coach, "enrollments", project, file.toString());
		String report = check(coach, id).andExpect(jsonPath("$.counts.create").value(numbers.size()))
			.andExpect(jsonPath("$.counts.invalid").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(report, "$.problems[*].messageKey"))
			.as("the last row, in the second batch, meets the first row's stay")
			.containsExactly("error.overlappingEnrollment");
		commit(coach, id, true).andExpect(jsonPath("$.counts.create").value(numbers.size()));

		String again = upload(coach, "enrollments", project, file.toString());
		check(coach, again).andExpect(jsonPath("$.counts.unchanged").value(numbers.size()))
			.andExpect(jsonPath("$.counts.create").value(0));
	}

	@Test
	void anAllOrNothingImportThatMeetsARowChangedSinceTheCheckWritesNone() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		String first = registered(coach);
		String second = registered(coach);
		String file = "Personnummer;Startdatum\n" + first + ";" + TODAY.minusDays(30) + "\n" + second + ";"
				+ TODAY.minusDays(30) + "\n";
		String id = upload(coach, "enrollments", project, file);
		check(coach, id).andExpect(jsonPath("$.counts.create").value(2))
			.andExpect(jsonPath("$.counts.invalid").value(0));
		UUID secondId = this.participants
			.importMatch(se.steget.core.PersonalIdentityNumber.parse(second).value(), this.data.scope(coach))
			.orElseThrow()
			.id();
		this.data.enroll(secondId, project, coach, TODAY.minusDays(40));

		commit(coach, id, false).andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].messageKey").value("error.overlappingEnrollment"));
		assertThat(enrollments(project)).as("only the one enrolled by hand").isEqualTo(1);
	}

	@Test
	void hoursAreRecordedInTheProjectsActivitiesByTheHoursRulesAndAChangeReplacesThem() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		String member = registered(coach);
		String outsider = registered(coach);
		UUID stay = this.data.enroll(id(member, coach), project, coach, TODAY.minusDays(50));
		this.data.enroll(id(outsider, coach), project, coach, TODAY.minusDays(50));
		UUID swedish = activity(project, "Svenska för yrket", stay, coach);
		activity(project, "Jobbsök", stay, coach);
		String file = "Personnummer;Datum;Aktivitet;Timmar\n" + member + ";" + TODAY.minusDays(30)
				+ ";svenska  för yrket;7,5\n" + member + ";" + TODAY.minusDays(29) + ";Svenska för yrket;13\n" + member
				+ ";" + TODAY.minusDays(30) + ";Svenska för yrket;2\n" + outsider + ";" + TODAY.minusDays(30)
				+ ";Svenska för yrket;3\n" + member + ";" + TODAY.minusDays(28) + ";Okänd;3\n" + member + ";"
				+ TODAY.minusDays(25) + ";Svenska för yrket;8\n" + member + ";" + TODAY.minusDays(25) + ";Jobbsök;5\n";
		String id = upload(coach, "hours", project, file);

		String report = check(coach, id).andExpect(jsonPath("$.counts.create").value(2))
			.andExpect(jsonPath("$.counts.invalid").value(5))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(report, "$.problems[*].row")).containsExactly(3, 4, 5, 6, 8);
		assertThat(JsonPath.<List<String>>read(report, "$.problems[*].messageKey")).containsExactly(
				"error.participantHours", "imports.error.repeatedRow", "error.notInActivity", "imports.error.activity",
				"error.dayOver");
		assertThat(hours(stay)).as("the check writes nothing").isEmpty();

		commit(coach, id, true).andExpect(jsonPath("$.status").value("IMPORTED"));
		assertThat(hours(stay)).containsExactly("7.50", "8.00");

		String changed = upload(coach, "hours", project,
				"Personnummer;Datum;Aktivitet;Timmar\n" + member + ";" + TODAY.minusDays(30) + ";Svenska för yrket;6\n"
						+ member + ";" + TODAY.minusDays(25) + ";Svenska för yrket;8\n");
		check(coach, changed).andExpect(jsonPath("$.counts.update").value(1))
			.andExpect(jsonPath("$.counts.unchanged").value(1));
		commit(coach, changed, false).andExpect(jsonPath("$.status").value("IMPORTED"));
		assertThat(hours(stay)).containsExactly("6.00", "8.00");
		assertThat(swedish).isNotNull();

		undo(coach, id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("1 av dagarnas timmar")));
		assertThat(hours(stay)).as("nothing undone when a day's hours were changed since").hasSize(2);
		undo(coach, changed).andExpect(status().isOk());
		assertThat(hours(stay)).as("hours it changed stay as changed").containsExactly("6.00", "8.00");
		String added = upload(coach, "hours", project,
				"Personnummer;Datum;Aktivitet;Timmar\n" + member + ";" + TODAY.minusDays(20) + ";Jobbsök;4\n");
		commit(coach, added, false).andExpect(jsonPath("$.counts.create").value(1));
		assertThat(hours(stay)).hasSize(3);
		undo(coach, added).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDONE"));
		assertThat(hours(stay)).containsExactly("6.00", "8.00");
		assertThat(this.attendance.corrections(stay, this.data.scope(coach))).as("the removal in the case's history")
			.isNotEmpty();
	}

	private UUID id(String number, UUID coach) {
		return this.participants
			.importMatch(se.steget.core.PersonalIdentityNumber.parse(number).value(), this.data.scope(coach))
			.orElseThrow()
			.id();
	}

	private UUID activity(UUID project, String title, UUID member, UUID coach) {
		var form = se.steget.activity.ActivityForm.of(se.steget.activity.ActivityKind.TRAINING, TODAY.minusDays(40),
				null, null);
		form.setTitle(title);
		form.setEndDate(TODAY.plusDays(30));
		UUID activity = this.activities.plan(project, form, this.data.scope(coach));
		this.activities.addMember(activity, member, this.data.scope(coach));
		return activity;
	}

	private List<String> hours(UUID stay) {
		return this.jdbc.sql("select hours from attendance where enrollment_id = ? order by attended_on")
			.param(stay)
			.query((rs, n) -> rs.getBigDecimal(1).setScale(2).toPlainString())
			.list();
	}

	@Test
	void contactsAreLoggedOnTheStayOfTheirDayByTheContactRules() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		String number = registered(coach);
		UUID person = this.participants
			.importMatch(se.steget.core.PersonalIdentityNumber.parse(number).value(), this.data.scope(coach))
			.orElseThrow()
			.id();
		UUID stay = this.data.enroll(person, project, coach, TODAY.minusDays(100));
		String file = "Personnummer;Datum;Tid;Kanal;Slag;Minuter;Anteckning\n" + number + ";" + TODAY.minusDays(50)
				+ ";10:30;Telefon;Stödjande samtal;30;Ring om praktik\n" + number + ";"
				+ TODAY.minusDays(40).toString().replace("-", "") + ";;besök;uppföljning;;\n" + number + ";"
				+ TODAY.minusDays(200) + ";;Telefon;Annat;;\n" + number + ";" + TODAY.minusDays(30)
				+ ";;Brevduva;Annat;;\n" + number + ";" + TODAY.minusDays(20) + ";9.15;Video;Annat;900;\n"
				+ TestNumbers.next() + ";" + TODAY.minusDays(20) + ";;Video;Annat;;\n" + number + ";"
				+ TODAY.minusDays(50) + ";10:30;E-post;Stödjande samtal;;\n" + number + ";" + TODAY.minusDays(10)
				+ ";25:00;Video;Annat;;\n";
		String id = upload(coach, "contacts", project, file);

		String report = check(coach, id).andExpect(jsonPath("$.counts.create").value(2))
			.andExpect(jsonPath("$.counts.invalid").value(6))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(report, "$.problems[*].row")).containsExactly(4, 5, 6, 7, 8, 9);
		assertThat(JsonPath.<List<String>>read(report, "$.problems[*].messageKey")).containsExactly(
				"imports.error.noStay", "imports.error.choice", "error.duration", "imports.error.notRegistered",
				"imports.error.repeatedRow", "imports.error.time");
		commit(coach, id, false).andExpect(status().isUnprocessableContent());
		assertThat(contacts(stay)).as("nothing half-imported").isEmpty();

		commit(coach, id, true).andExpect(jsonPath("$.status").value("IMPORTED"));
		assertThat(contacts(stay)).containsExactly(
				TODAY.minusDays(50).atTime(10, 30) + " PHONE SUPPORT_CONVERSATION 30",
				TODAY.minusDays(40).atTime(ContactImport.NO_TIME) + " VISIT FOLLOW_UP null");
		String again = upload(coach, "contacts", project, file);
		check(coach, again).andExpect(jsonPath("$.counts.create").value(0))
			.andExpect(jsonPath("$.counts.unchanged").value(2));

		UUID removedSince = this.contacts.ofEnrollment(stay, this.data.scope(coach)).get(0).id();
		this.contacts.delete(stay, removedSince, null, this.data.scope(coach));
		undo(coach, id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("1 av kontakterna")));
		assertThat(contacts(stay)).as("nothing undone when one was removed since").hasSize(1);
		String one = upload(coach, "contacts", project,
				"Personnummer;Datum;Kanal;Slag\n" + number + ";" + TODAY.minusDays(45) + ";Telefon;Annat\n");
		commit(coach, one, false).andExpect(jsonPath("$.counts.create").value(1));
		assertThat(contacts(stay)).hasSize(2);
		undo(coach, one).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDONE"));
		assertThat(contacts(stay)).hasSize(1);
	}

	@Test
	void outcomesAreRecordedOnTheEndedStayAtTheirPointAndADifferentOneGoesToReview() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		String number = registered(coach);
		String neverEnrolled = registered(coach);
		UUID person = this.participants
			.importMatch(se.steget.core.PersonalIdentityNumber.parse(number).value(), this.data.scope(coach))
			.orElseThrow()
			.id();
		UUID stay = this.data.enroll(person, project, coach, TODAY.minusDays(300));
		var exit = new se.steget.enrollment.ExitForm();
		exit.setExitDate(TODAY.minusDays(200));
		exit.setExitReason(se.steget.enrollment.ExitReason.COMPLETED);
		this.enrollments.exit(stay, exit, this.data.scope(coach));
		String header = "Personnummer;Tidpunkt;Datum;Utfall;Källa;Utanför hemkommunen\n";
		String file = header + number + ";;" + TODAY.minusDays(198) + ";Arbetssökande;Telefonsamtal;\n" + number
				+ ";90;" + TODAY.minusDays(108) + ";anställning;;ja\n" + number + ";Efter ett år;" + TODAY.minusDays(10)
				+ ";Anställning;;\n" + number + ";90 dagar;" + TODAY.minusDays(100) + ";Anställning;;\n" + neverEnrolled
				+ ";;" + TODAY.minusDays(10) + ";Anställning;;\n" + number + ";6 månader;" + TODAY.minusDays(10)
				+ ";Månresa;;\n";
		String id = upload(coach, "outcomes", project, file);

		String report = check(coach, id).andExpect(jsonPath("$.counts.create").value(2))
			.andExpect(jsonPath("$.counts.invalid").value(4))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(report, "$.problems[*].messageKey")).containsExactly(
				"imports.error.followUp", "imports.error.repeated", "imports.error.noEndedStay",
				"imports.error.choice");
		commit(coach, id, true).andExpect(jsonPath("$.counts.create").value(2));
		assertThat(this.jdbc
			.sql("select kind, source, outside_home_municipality from outcome where enrollment_id = ?"
					+ " order by observed_on")
			.param(stay)
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getObject(3))
			.list()).containsExactly("JOB_SEARCHING PHONE_CALL null", "EMPLOYMENT OTHER true");

		String changed = header + number + ";90 dagar;" + TODAY.minusDays(108) + ";Reguljära studier;;\n" + number
				+ ";;" + TODAY.minusDays(198) + ";Arbetssökande;;\n";
		check(coach, upload(coach, "outcomes", project, changed)).andExpect(jsonPath("$.counts.review").value(1))
			.andExpect(jsonPath("$.counts.unchanged").value(1))
			.andExpect(jsonPath("$.problems[0].messageKey").value("imports.review.outcomeDiffers"));
		undo(coach, id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDONE"));
		assertThat(this.jdbc.sql("select count(*) from outcome where enrollment_id = ?")
			.param(stay)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.outcomes.corrections(stay, this.data.scope(coach))).as("each removal in the case's history")
			.hasSize(2);
	}

	@Test
	void theColumnsChosenForALayoutAreOfferedToColleaguesInTheProject() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID colleague = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach, colleague);
		UUID elsewhere = this.data.user(Role.STAFF);
		UUID otherProject = this.data.project(elsewhere);
		String file = "Pnr;Började\n" + registered(coach) + ";" + TODAY.minusDays(5) + "\n";
		String first = upload(coach, "enrollments", project, file);
		String version = this.mvc.perform(get("/api/v1/imports/{id}", first).with(basic(coach)))
			.andExpect(jsonPath("$.columns[?(@.field == 'startDate')].column")
				.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.nullValue())))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(put("/api/v1/imports/{id}/choices", first).with(basic(coach))
				.header("If-Match", version)
				.contentType("application/json")
				.content("{\"columns\": {\"personalIdentityNumber\": 0, \"startDate\": 1}}"))
			.andExpect(status().isOk());

		String colleagues = upload(colleague, "enrollments", project, file);
		this.mvc.perform(get("/api/v1/imports/{id}", colleagues).with(basic(colleague)))
			.andExpect(jsonPath("$.columns[?(@.field == 'startDate')].column").value(1));
		String outsiders = upload(elsewhere, "enrollments", otherProject, file);
		this.mvc.perform(get("/api/v1/imports/{id}", outsiders).with(basic(elsewhere)))
			.andExpect(jsonPath("$.columns[?(@.field == 'startDate')].column")
				.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.nullValue())));
	}

	private List<String> contacts(UUID enrollment) {
		return this.jdbc
			.sql("select contacted_at, channel, kind, duration_minutes from contact where enrollment_id = ?"
					+ " order by contacted_at")
			.param(enrollment)
			.query((rs, n) -> rs.getObject(1, java.time.LocalDateTime.class) + " " + rs.getString(2) + " "
					+ rs.getString(3) + " " + rs.getObject(4))
			.list();
	}

	@Test
	void enrollmentsNeedAProjectOfTheUsers() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID elsewhere = this.data.project(this.data.user(Role.STAFF));
		byte[] file = "Personnummer;Startdatum\n".getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "i.csv", "text/csv", file))
				.param("kind", "enrollments")
				.with(basic(coach)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("projectId"));
		this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "i.csv", "text/csv", file))
				.param("kind", "enrollments")
				.param("projectId", elsewhere.toString())
				.with(basic(coach)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("projectId"));
		this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "i.csv", "text/csv", file))
				.param("kind", "documents")
				.with(basic(coach)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	private String registered(UUID coach) {
		String number = TestNumbers.next();
		this.participants.register(
				new ParticipantForm(number, "Testa", TestData.unique("Inskriven"), Gender.WOMAN, "0880", false),
				this.data.scope(coach));
		return number;
	}

	private long enrollments(UUID project) {
		return this.jdbc.sql("select count(*) from enrollment where project_id = ?")
			.param(project)
			.query(Long.class)
			.single();
	}

	private String upload(UUID who, String kind, UUID project, String file) throws Exception {
		return requests().upload(who, kind, project, file);
	}

	/** Checks the job and, once the check has run, answers with the job. */
	private ResultActions check(UUID who, String id) throws Exception {
		return requests().check(who, id);
	}

	/** Imports the job and, once the import has run, answers with the job. */
	private ResultActions commit(UUID who, String id, boolean goodRowsOnly) throws Exception {
		return requests().commit(who, id, goodRowsOnly);
	}

	private RequestPostProcessor basic(UUID who) {
		return requests().basic(who);
	}

	private ImportRequests requests() {
		return new ImportRequests(this.mvc, this.data, this.jdbc);
	}

}
