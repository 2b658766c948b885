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
