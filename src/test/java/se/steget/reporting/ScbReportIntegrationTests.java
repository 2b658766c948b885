package se.steget.reporting;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.NotFoundException;
import se.steget.core.PersonalIdentityNumber;
import se.steget.enrollment.EnrollmentForm;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.ExitForm;
import se.steget.enrollment.ExitReason;
import se.steget.participant.ParticipantForm;
import se.steget.participant.ParticipantManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ScbReportIntegrationTests {

	private static final YearMonth JANUARY = YearMonth.of(2025, 1);

	private static final YearMonth FEBRUARY = YearMonth.of(2025, 2);

	@Autowired
	private ScbReport report;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	private UUID manager;

	private UUID project;

	private UUID anna;

	private String annaNumber;

	@BeforeEach
	void threeStartInJanuaryAndOneEndsInFebruary() {
		this.manager = this.data.user(Role.PROJECT_MANAGER);
		this.project = this.data.project(this.manager);
		ParticipantForm form = this.data.participantForm(Gender.WOMAN);
		this.annaNumber = form.getPersonalIdentityNumber();
		this.anna = this.data.enroll(this.participants.register(form, scope()), this.project, this.manager,
				LocalDate.of(2025, 1, 10));
		UUID bo = this.data.enroll(this.data.participant(this.manager, Gender.MAN), this.project, this.manager,
				LocalDate.of(2025, 1, 20));
		ParticipantForm hidden = this.data.participantForm(Gender.WOMAN);
		hidden.setProtectedIdentity(true);
		this.data.enroll(this.participants.register(hidden, scope()), this.project, this.manager,
				LocalDate.of(2025, 1, 25));
		this.data.enroll(this.data.participant(this.manager, Gender.MAN), this.project, this.manager,
				LocalDate.of(2025, 3, 5));
		var exit = new ExitForm();
		exit.setExitDate(LocalDate.of(2025, 2, 14));
		exit.setExitReason(ExitReason.EMPLOYMENT);
		this.enrollments.exit(bo, exit, scope());
	}

	@Test
	void aProtectedIdentitysPlaceInTheMonthTellsNothingOfItsNumber() {
		LocalDate day = LocalDate.of(2025, 4, 7);
		List<ParticipantForm> forms = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			forms.add(this.data.participantForm(Gender.WOMAN));
		}
		forms.sort(
				java.util.Comparator.comparing((ParticipantForm f) -> f.getPersonalIdentityNumber().replace("-", "")));
		forms.get(0).setProtectedIdentity(true);
		for (ParticipantForm form : forms) {
			this.data.enroll(this.participants.register(form, scope()), this.project, this.manager, day);
		}

		List<ScbRow> rows = this.report.month(this.project, YearMonth.of(2025, 4), scope()).rows();

		assertThat(rows).extracting(ScbRow::personalIdentityNumber).last().isEqualTo("00000000-0000");
		assertThat(rows.subList(0, 3)).extracting(ScbRow::personalIdentityNumber).isSorted();
	}

	@Test
	void listsWhoStartedAndEndedInTheMonthWithAPlaceholderForProtectedIdentity() throws Exception {
		ScbReportView january = this.report.month(this.project, JANUARY, scope());
		assertThat(january.rows()).extracting(ScbRow::startDate)
			.containsExactly(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 25));
		assertThat(january.rows().get(0).personalIdentityNumber())
			.isEqualTo(PersonalIdentityNumber.parse(this.annaNumber).formatted());
		assertThat(january.rows().get(2).personalIdentityNumber()).isEqualTo("00000000-0000");
		assertThat(january.rows()).extracting(ScbRow::endDate).containsOnlyNulls();
		assertThat(this.report.month(this.project, FEBRUARY, scope()).rows()).extracting(ScbRow::endDate)
			.containsExactly(LocalDate.of(2025, 2, 14));

		byte[] xlsx = this.mvc
			.perform(get("/reports/scb/xlsx").param("projectId", this.project.toString())
				.param("month", "2025-01")
				.with(user(this.data.login(this.manager))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("00000000-0000");
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
		}
	}

	@Test
	void warnsOfEarlierMonthsNotProducedAndAsksForLaterMonthsAgainAfterACorrection() {
		assertThat(this.report.produce(this.project, FEBRUARY, this.manager, scope()).missingBefore())
			.containsExactly(JANUARY);
		ScbReportView afterJanuary = this.report.produce(this.project, JANUARY, this.manager, scope());
		assertThat(afterJanuary.toProduceAgain()).containsExactly(FEBRUARY);
		assertThat(this.report.produce(this.project, FEBRUARY, this.manager, scope()).toProduceAgain()).isEmpty();

		var correction = new EnrollmentForm();
		correction.setStartDate(LocalDate.of(2025, 1, 12));
		correction.setResponsibleUserId(this.manager);
		correction.setActive(true);
		this.enrollments.change(this.anna, correction, scope());

		assertThat(this.report.month(this.project, FEBRUARY, scope()).toProduceAgain()).containsExactly(JANUARY);
		assertThat(this.report.produce(this.project, JANUARY, this.manager, scope()).toProduceAgain())
			.containsExactly(FEBRUARY);
		ScbReportView done = this.report.produce(this.project, FEBRUARY, this.manager, scope());
		assertThat(done.toProduceAgain()).isEmpty();
		assertThat(done.missingBefore()).isEmpty();
	}

	@Test
	void onlyManagersOfTheProjectSeeIt() {
		UUID coach = this.data.user(Role.STAFF);
		this.data.addMembers(this.project, coach);
		assertThatThrownBy(() -> this.report.month(this.project, JANUARY, this.data.scope(coach)))
			.isInstanceOf(NotFoundException.class);
		UUID otherManager = this.data.user(Role.PROJECT_MANAGER);
		assertThatThrownBy(() -> this.report.month(this.project, JANUARY, this.data.scope(otherManager)))
			.isInstanceOf(NotFoundException.class);
	}

	private AccessScope scope() {
		return this.data.scope(this.manager);
	}

}
