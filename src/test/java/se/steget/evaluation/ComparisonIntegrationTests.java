package se.steget.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.PersonalIdentityNumber;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.ExitForm;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.OutcomeForm;
import se.steget.outcome.OutcomeGroup;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.outcome.OutcomeSource;
import se.steget.participant.ParticipantForm;
import se.steget.participant.ParticipantManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A project's participants against its matched comparison group: the managers see the
 * pairs, the balance and the effect with its interval; the steering group and the
 * evaluator see the same with small cells hidden; without a group the page says its
 * figures describe and are not effects.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ComparisonIntegrationTests {

	private static final LocalDate EXIT = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(200);

	private static final LocalDate START = EXIT.minusDays(120);

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
	private ComparisonGroupManagement groups;

	@Test
	void theManagerSeesThePairsTheBalanceAndTheEffectWithItsInterval() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID steering = this.data.user(Role.STEERING_GROUP);
		UUID evaluator = this.data.user(Role.EVALUATOR);
		UUID project = this.data.project(coach, manager, steering, evaluator);
		List<Integer> women = new java.util.ArrayList<>(
				leave(project, coach, Gender.WOMAN, 8, OutcomeKind.EMPLOYMENT, 12));
		women.addAll(leave(project, coach, Gender.WOMAN, 4, OutcomeKind.JOB_SEARCHING, 12));
		List<Integer> men = new java.util.ArrayList<>(leave(project, coach, Gender.MAN, 6, OutcomeKind.EMPLOYMENT, 12));
		men.addAll(leave(project, coach, Gender.MAN, 6, OutcomeKind.JOB_SEARCHING, 12));
		leave(project, coach, Gender.MAN, 1, OutcomeKind.EMPLOYMENT, null);
		compare(project, manager, Gender.WOMAN, women, 12, OutcomeGroup.WORK);
		compare(project, manager, Gender.WOMAN, women, 18, OutcomeGroup.OTHER);
		compare(project, manager, Gender.MAN, men, 12, OutcomeGroup.WORK);
		compare(project, manager, Gender.MAN, men, 18, OutcomeGroup.OTHER);

		String body = this.mvc.perform(get("/api/v1/projects/{id}/comparison", project).with(basic(manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.effects").value(true))
			.andExpect(jsonPath("$.comparisonGroupSize").value(60))
			.andExpect(jsonPath("$.participants.left.total").value("25"))
			.andExpect(jsonPath("$.participants.matched.total").value("24"))
			.andExpect(jsonPath("$.participants.notRecorded.total").value("1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		double work = number(body, "participantShare");
		double comparison = number(body, "comparisonShare");
		double difference = number(body, "difference");
		assertThat(work).isCloseTo(14 / 24.0, within(1e-9));
		assertThat(comparison).isBetween(0.0, 0.5);
		assertThat(difference).isCloseTo(work - comparison, within(1e-9));
		assertThat(number(body, "lower")).isLessThan(difference);
		assertThat(number(body, "upper")).isGreaterThan(difference);
		List<Integer> laterPairs = JsonPath.read(body, "$.effectRows[?(@.days == 365 && @.gender == null)].pairs");
		assertThat(laterPairs).as("no one has reached a year after leaving").containsOnly(0);
		assertThat(JsonPath.<List<String>>read(body, "$.balance[*].covariate"))
			.containsExactlyElementsOf(ComparisonCovariates.NAMES);

		this.mvc.perform(get("/evaluation/{id}/comparison", project).with(user(this.data.login(manager))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comparison-balance\"")))
			.andExpect(content().string(containsString("id=\"comparison-effects\"")))
			.andExpect(content().string(containsString("procentenheter")))
			.andExpect(content().string(containsString(">Deltagare, medel<")));
		this.mvc.perform(get("/evaluation/{id}/comparison", project).with(user(this.data.login(evaluator))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comparison-effects\"")))
			.andExpect(content().string(not(containsString(">Deltagare, medel<"))));
		this.mvc.perform(get("/api/v1/projects/{id}/comparison", project).with(basic(steering)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.participants.notRecorded.total").value("<5"))
			.andExpect(jsonPath("$.participants.matched.total").value(".."))
			.andExpect(jsonPath("$.effectRows[0].pairs").doesNotExist())
			.andExpect(jsonPath("$.effectRows[0].difference").isNumber());

		byte[] xlsx = this.mvc
			.perform(get("/evaluation/{id}/comparison/xlsx", project).with(user(this.data.login(steering))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var counts = workbook.getSheetAt(0);
			assertThat(counts.getRow(2).getCell(4).getStringCellValue())
				.as("matched, all: with those who left it would give the one not recorded away")
				.isEqualTo("..");
			assertThat(counts.getRow(4).getCell(4).getStringCellValue()).as("not recorded, hidden").isEqualTo("<5");
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue())
				.as("no means for the steering group")
				.isEmpty();
			assertThat(workbook.getSheetAt(2).getRow(1).getCell(3).getStringCellValue()).as("so the pairs too")
				.isEqualTo("..");
		}
		byte[] pdf = this.mvc
			.perform(get("/evaluation/{id}/comparison/pdf", project).with(user(this.data.login(evaluator))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Standardiserade medelvärdesskillnader").contains("90 dagar").contains("<5");
		}
	}

	@Test
	void aGenderWithFewPairsIsHiddenForTheSteeringGroupAndSoIsTheOtherThatWouldGiveItAway() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID steering = this.data.user(Role.STEERING_GROUP);
		UUID project = this.data.project(coach, manager, steering);
		List<Integer> women = leave(project, coach, Gender.WOMAN, 10, OutcomeKind.EMPLOYMENT, 12);
		List<Integer> men = leave(project, coach, Gender.MAN, 3, OutcomeKind.EMPLOYMENT, 12);
		compare(project, manager, Gender.WOMAN, women, 20, OutcomeGroup.OTHER);
		compare(project, manager, Gender.MAN, men, 9, OutcomeGroup.OTHER);

		String steered = this.mvc.perform(get("/api/v1/projects/{id}/comparison", project).with(basic(steering)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Object>>read(steered, "$.effectRows[?(@.days == 90 && @.gender == 'MAN')].pairs"))
			.containsOnlyNulls();
		assertThat(JsonPath.<List<Object>>read(steered, "$.effectRows[?(@.days == 90 && @.gender == 'WOMAN')].pairs"))
			.as("the women's pairs and the total would give the men's away")
			.containsOnlyNulls();
		assertThat(JsonPath.<List<Integer>>read(steered, "$.effectRows[?(@.days == 90 && @.gender == null)].pairs"))
			.containsOnly(13);
		String managed = this.mvc.perform(get("/api/v1/projects/{id}/comparison", project).with(basic(manager)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(managed, "$.effectRows[?(@.days == 90 && @.gender == 'MAN')].pairs"))
			.containsOnly(3);
	}

	@Test
	void withoutAComparisonGroupThePageSaysItsFiguresAreNotEffectsAndOthersAreRefused() throws Exception {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.project(manager);
		UUID otherManager = this.data.user(Role.PROJECT_MANAGER);
		UUID coach = this.data.user(Role.STAFF);
		this.data.project(otherManager, coach);

		this.mvc.perform(get("/api/v1/projects/{id}/comparison", project).with(basic(manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.effects").value(false))
			.andExpect(jsonPath("$.comparisonGroupSize").value(0));
		this.mvc.perform(get("/evaluation/{id}/comparison", project).with(user(this.data.login(manager))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"descriptive\"")));
		this.mvc.perform(get("/evaluation/{id}/comparison", project).with(user(this.data.login(otherManager))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/evaluation/{id}/comparison", project).with(user(this.data.login(coach))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/projects/{id}/comparison", project).with(basic(otherManager)))
			.andExpect(status().isNotFound());
	}

	/**
	 * Participants who left, their 90-day outcome recorded; answers their ages at the
	 * start.
	 */
	private List<Integer> leave(UUID project, UUID coach, Gender gender, int count, OutcomeKind kind, Integer months) {
		List<Integer> ages = new java.util.ArrayList<>();
		UUID ninetyDays = this.outcomes.followUpPoints(project)
			.stream()
			.filter((p) -> p.daysAfterExit() == 90)
			.findFirst()
			.orElseThrow()
			.id();
		for (int i = 0; i < count; i++) {
			ParticipantForm form = this.data.participantForm(gender);
			form.setMonthsUnemployed(months);
			form.setEducationLevel(EducationLevel.UPPER_SECONDARY);
			UUID person = this.participants.register(form, this.data.scope(coach));
			ages.add(java.time.Period
				.between(PersonalIdentityNumber.parse(form.getPersonalIdentityNumber()).birthDate(), START)
				.getYears());
			UUID enrollment = this.data.enroll(person, project, coach, START);
			var exit = new ExitForm();
			exit.setExitDate(EXIT);
			exit.setExitReason(ExitReason.COMPLETED);
			this.enrollments.exit(enrollment, exit, this.data.scope(coach));
			this.outcomes.record(enrollment,
					new OutcomeForm(ninetyDays, EXIT.plusDays(92), kind, OutcomeSource.PHONE_CALL), coach,
					this.data.scope(coach));
		}
		return ages;
	}

	/**
	 * People of the comparison group, each as old at the reference start as one of the
	 * participants in turn, so that every participant has someone alike.
	 */
	private void compare(UUID project, UUID manager, Gender gender, List<Integer> ages, int count,
			OutcomeGroup after90Days) {
		for (int i = 0; i < count; i++) {
			String number = PersonalIdentityNumber.parse(TestNumbers.next()).value();
			int born = START.getYear() - ages.get(i % ages.size());
			this.groups.record(project, new ComparisonPerson(number, gender, born, EducationLevel.UPPER_SECONDARY, null,
					null, 12, null, YearMonth.from(START), after90Days, null, null), this.data.scope(manager));
		}
	}

	/** A figure of the effect on work at 90 days for everyone. */
	private static double number(String body, String field) {
		List<Number> values = JsonPath.read(body,
				"$.effectRows[?(@.days == 90 && @.outcome == 'WORK' && @.gender == null)]." + field);
		assertThat(values).hasSize(1);
		return values.get(0).doubleValue();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor basic(UUID who) {
		return httpBasic(this.data.username(who), TestData.PASSWORD);
	}

}
