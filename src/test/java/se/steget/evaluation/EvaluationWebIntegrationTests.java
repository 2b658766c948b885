package se.steget.evaluation;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.activity.ActivityForm;
import se.steget.activity.ActivityKind;
import se.steget.activity.ActivityManagement;
import se.steget.casework.AssessmentForm;
import se.steget.casework.AssessmentManagement;
import se.steget.core.Gender;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.ExitForm;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.OutcomeForm;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.outcome.OutcomeSource;
import se.steget.participant.ParticipantForm;
import se.steget.participant.ParticipantManagement;
import se.steget.participant.ParticipantSummary;
import se.steget.project.ScaleForm;
import se.steget.project.ScaleManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluator gets pseudonymised extracts of their projects and nothing else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationWebIntegrationTests {

	private static final LocalDate START = LocalDate.of(2025, 9, 1);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private OutcomeManagement outcomes;

	@Autowired
	private ActivityManagement activities;

	@Autowired
	private ScaleManagement scales;

	@Autowired
	private AssessmentManagement assessments;

	@Test
	void theExtractNamesNoOneAndKeepsEachPersonsPseudonym() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID evaluator = this.data.user(Role.EVALUATOR);
		UUID project = this.data.project(coach, evaluator);
		UUID later = this.data.project(coach, evaluator);
		UUID woman = this.data.participant(coach, Gender.WOMAN);
		ParticipantForm hidden = this.data.participantForm(Gender.MAN);
		hidden.setProtectedIdentity(true);
		UUID man = this.participants.register(hidden, this.data.scope(coach));
		UUID first = this.data.enroll(woman, project, coach, START);
		this.data.enroll(man, project, coach, START.plusDays(3));
		leaveForWork(first, coach, START.plusDays(100));
		this.data.enroll(woman, later, coach, START.plusDays(130));

		String csv = extract(evaluator, project);
		List<CSVRecord> rows = parse(csv);

		assertThat(rows).hasSize(2);
		CSVRecord her = rows.stream().filter((r) -> r.get("gender").equals("WOMAN")).findFirst().orElseThrow();
		CSVRecord him = rows.stream().filter((r) -> r.get("gender").equals("MAN")).findFirst().orElseThrow();
		assertThat(her.get("outcome_upon_leaving")).isEqualTo("EMPLOYMENT");
		assertThat(her.get("start_month")).isEqualTo("2025-09");
		assertThat(her.get("exit_month")).isEqualTo("2025-12");
		assertThat(her.get("days_in_project")).isEqualTo("101");
		assertThat(her.get("home_municipality")).isEqualTo("0880");
		assertThat(him.get("home_municipality")).isEmpty();
		assertThat(him.get("pseudonym")).matches("[0-9a-f]{16}").isNotEqualTo(her.get("pseudonym"));
		for (UUID person : List.of(woman, man)) {
			ParticipantSummary shown = this.participants.revealed(person, this.data.scope(coach));
			assertThat(csv).doesNotContain(shown.name().split(" ")[1])
				.doesNotContain(shown.personalIdentityNumber().replace("-", ""))
				.doesNotContain(shown.personalIdentityNumber())
				.doesNotContain(person.toString());
		}
		assertThat(csv).doesNotContain(first.toString());
		assertThat(parse(extract(evaluator, later)).get(0).get("pseudonym")).isEqualTo(her.get("pseudonym"));
		assertThat(extract(evaluator, project)).isEqualTo(csv);
	}

	@Test
	void theExtractCountsTheActivitiesTakenPartInAndTheAssessmentsFileTheSteps() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID evaluator = this.data.user(Role.EVALUATOR);
		UUID project = this.data.project(coach, evaluator);
		UUID stay = this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach, START);
		this.data.enroll(this.data.participant(coach, Gender.MAN), project, coach, START);
		UUID employer = this.data.employer("Utvärderingen AB", "0880");
		for (ActivityKind kind : List.of(ActivityKind.INTERNSHIP, ActivityKind.INTERNSHIP, ActivityKind.EXCHANGE)) {
			var form = ActivityForm.of(kind, START.plusDays(10), stay, coach);
			form.setEmployerId(kind.atEmployer() ? employer : null);
			form.setTitle("Utvärderad " + kind);
			form.setCapacity(10);
			this.activities.plan(project, form, this.data.scope(coach));
		}
		UUID scale = this.scales.add(project, new ScaleForm("Svenska", null, 1, 6, true), this.data.admin());
		this.assessments.record(stay, new AssessmentForm(scale, START.plusDays(2), 2, coach), this.data.scope(coach));
		this.assessments.record(stay, new AssessmentForm(scale, START.plusDays(40), 3, coach), this.data.scope(coach));
		this.assessments.record(stay, new AssessmentForm(scale, START.plusDays(80), 5, coach), this.data.scope(coach));

		List<CSVRecord> rows = parse(extract(evaluator, project));
		CSVRecord her = rows.stream().filter((r) -> r.get("gender").equals("WOMAN")).findFirst().orElseThrow();
		CSVRecord him = rows.stream().filter((r) -> r.get("gender").equals("MAN")).findFirst().orElseThrow();
		assertThat(her.get("activities_internship")).isEqualTo("2");
		assertThat(her.get("activities_exchange")).isEqualTo("1");
		assertThat(her.get("activities_group_programme")).isEqualTo("0");
		assertThat(him.get("activities_internship")).isEqualTo("0");

		String file = new String(this.mvc
			.perform(get("/evaluation/{id}/assessments.csv", project).with(user(this.data.login(evaluator))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(file).startsWith("\uFEFFpseudonym;start_month;scale");
		List<CSVRecord> steps = parse(file.substring(1));
		assertThat(steps).singleElement().satisfies((row) -> {
			assertThat(row.get("pseudonym")).isEqualTo(her.get("pseudonym"));
			assertThat(row.get("scale")).isEqualTo("Svenska");
			assertThat(row.get("first_score") + " " + row.get("first_month") + " " + row.get("latest_score") + " "
					+ row.get("latest_month") + " " + row.get("steps"))
				.isEqualTo("2 2025-09 5 2025-11 3");
		});
		this.mvc.perform(get("/evaluation/{id}/assessments.csv", project).with(user(this.data.login(coach))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEvaluatorGetsOnlyTheirOwnProjectsExtractsAndNoOtherPage() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID evaluator = this.data.user(Role.EVALUATOR);
		UUID project = this.data.project(coach);
		this.data.project(evaluator);
		UUID person = this.data.participant(coach, Gender.WOMAN);
		UUID enrollment = this.data.enroll(person, project, coach, START);
		var login = user(this.data.login(evaluator));

		this.mvc.perform(get("/evaluation/{id}/extract.csv", project).with(login)).andExpect(status().isNotFound());
		this.mvc.perform(get("/evaluation").with(login)).andExpect(status().isOk());
		for (String page : List.of("/participants", "/participants/" + person, "/enrollments/" + enrollment,
				"/reports/goals", "/reports/esf", "/projects", "/projects/" + project, "/organisations")) {
			this.mvc.perform(get(page).with(login)).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/reports/goals").with(httpBasic(this.data.username(evaluator), TestData.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/evaluation").with(user(this.data.login(coach)))).andExpect(status().isForbidden());
	}

	private void leaveForWork(UUID enrollment, UUID coach, LocalDate on) {
		var exit = new ExitForm();
		exit.setExitDate(on);
		exit.setExitReason(ExitReason.EMPLOYMENT);
		this.enrollments.exit(enrollment, exit, this.data.scope(coach));
		this.outcomes.record(enrollment, new OutcomeForm(null, on, OutcomeKind.EMPLOYMENT, OutcomeSource.PHONE_CALL),
				coach, this.data.scope(coach));
	}

	private String extract(UUID evaluator, UUID project) throws Exception {
		byte[] body = this.mvc
			.perform(get("/evaluation/{id}/extract.csv", project).with(user(this.data.login(evaluator))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFpseudonym;gender;birth_year");
		return text.substring(1);
	}

	private static List<CSVRecord> parse(String csv) throws Exception {
		return CSVFormat.Builder.create(CSVFormat.EXCEL)
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
	}

}
