package se.steget.activity;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.participant.ParticipantManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ActivityWebIntegrationTests {

	private static final LocalDate MONDAY = YearMonth.now(ZoneId.of("Europe/Stockholm"))
		.minusMonths(2)
		.atDay(1)
		.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ActivityManagement activities;

	@Autowired
	private AttendanceManagement attendance;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private TestData data;

	private UUID coach;

	private UUID project;

	private UUID anna;

	private UUID erik;

	private UUID group;

	@BeforeEach
	void aGroupWithTwoParticipants() {
		this.coach = this.data.user(Role.STAFF);
		this.project = this.data.project(this.coach);
		var annaForm = this.data.participantForm(Gender.WOMAN);
		annaForm.setLastName("Kovač " + annaForm.getLastName());
		this.anna = this.data.enroll(this.participants.register(annaForm, scope()), this.project, this.coach,
				MONDAY.minusMonths(1));
		this.erik = this.data.enroll(this.data.participant(this.coach, Gender.MAN), this.project, this.coach,
				MONDAY.minusMonths(1));
		this.group = this.activities.plan(this.project, ActivityIntegrationTests.groupStart(12), scope());
		this.activities.addMember(this.group, this.anna, scope());
		this.activities.addMember(this.group, this.erik, scope());
	}

	@Test
	void refusesAttendanceForSomeoneNotInTheSessionOnTheirRowAndSavesNothing() throws Exception {
		UUID outsider = this.data.enroll(this.data.participant(this.coach, Gender.WOMAN), this.project, this.coach,
				MONDAY.minusMonths(1));
		this.mvc
			.perform(post("/activities/{id}/attendance", this.group).param("date", MONDAY.toString())
				.with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("rows[0].enrollmentId", this.anna.toString())
				.param("rows[0].present", "true")
				.param("rows[0].hours", "3")
				.param("rows[1].enrollmentId", outsider.toString())
				.param("rows[1].present", "true")
				.param("rows[1].hours", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"rows1.present-error\""),
					containsString("Deltagaren är inte med i aktiviteten."), containsString("Okänd deltagare"))));
		assertThat(this.attendance.month(this.anna, YearMonth.from(MONDAY), scope()).rows()).isEmpty();
		assertThat(this.attendance.month(outsider, YearMonth.from(MONDAY), scope()).rows()).isEmpty();
	}

	@Test
	void refusesAnInternshipThatEndsBeforeItStartsNextToTheFieldAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(post("/projects/{id}/activities", this.project).with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("kind", "INTERNSHIP")
				.param("title", "Praktik i butiken")
				.param("employerId", this.data.employer("Butiken AB", "0880").toString())
				.param("enrollmentId", this.anna.toString())
				.param("startDate", MONDAY.toString())
				.param("endDate", MONDAY.minusDays(3).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"endDate-error\""),
					containsString("Slutdatum kan inte vara före startdatum."), containsString("Praktik i butiken"),
					containsString("Butiken AB"))));
		assertThat(this.activities.ofProject(this.project, scope())).hasSize(1);
	}

	@Test
	void theCertificateIsOnePageAndTheProjectsHoursAddUpByGender() throws Exception {
		AttendanceForm sheet = this.attendance.session(this.group, MONDAY, scope());
		sheet.getRows().forEach((row) -> row.setPresent(true));
		this.attendance.recordSession(this.group, MONDAY, sheet, scope());
		LocalDate tuesday = MONDAY.plusDays(1);
		AttendanceForm second = this.attendance.session(this.group, tuesday, scope());
		second.getRows().forEach((row) -> {
			row.setPresent(row.getEnrollmentId().equals(this.anna));
			row.setHours(new BigDecimal("2.5"));
		});
		this.attendance.recordSession(this.group, tuesday, second, scope());

		byte[] pdf = this.mvc
			.perform(get("/enrollments/{id}/hours/certificate", this.anna)
				.param("month", YearMonth.from(MONDAY).toString())
				.with(user(this.data.login(this.coach))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(new PDFTextStripper().getText(document)).contains("Summa 2 dagar 5,50", "Kovač ");
		}

		byte[] xlsx = this.mvc
			.perform(get("/projects/{id}/hours", this.project).param("month", YearMonth.from(MONDAY).toString())
				.with(user(this.data.login(this.coach))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			Map<String, Row> rows = new HashMap<>();
			Sheet sheet1 = workbook.getSheetAt(0);
			sheet1.forEach((row) -> rows.put(row.getCell(0).getStringCellValue(), row));
			int total = rows.get("Summa").getLastCellNum() - 1;
			assertThat(rows.get(name(this.anna)).getCell(total).getNumericCellValue()).isEqualTo(5.5);
			assertThat(rows.get(name(this.erik)).getCell(total).getNumericCellValue()).isEqualTo(3.0);
			assertThat(rows.get(name(this.anna)).getCell(3).getNumericCellValue()).isEqualTo(2);
			assertThat(rows.get("Summa Kvinna").getCell(total).getNumericCellValue()).isEqualTo(5.5);
			assertThat(rows.get("Summa Man").getCell(total).getNumericCellValue()).isEqualTo(3.0);
			assertThat(rows.get("Summa").getCell(total).getNumericCellValue()).isEqualTo(8.5);
		}
	}

	@Test
	void theApiRecordsAttendanceAndRefusesSomeoneNotInTheSessionAsAProblem() throws Exception {
		UUID outsider = this.data.enroll(this.data.participant(this.coach, Gender.MAN), this.project, this.coach,
				MONDAY.minusMonths(1));
		String refused = """
				{"rows": [{"enrollmentId": "%s", "present": true, "hours": 3},
				          {"enrollmentId": "%s", "present": true, "hours": 3}]}""".formatted(this.anna, outsider);
		this.mvc
			.perform(post("/api/v1/activities/{id}/attendance", this.group).param("date", MONDAY.toString())
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(refused))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("rows[1].present"));
		assertThat(this.attendance.month(this.anna, YearMonth.from(MONDAY), scope()).rows()).isEmpty();

		String accepted = """
				{"rows": [{"enrollmentId": "%s", "present": true, "hours": 2.5},
				          {"enrollmentId": "%s", "present": false}]}""".formatted(this.anna, this.erik);
		this.mvc
			.perform(post("/api/v1/activities/{id}/attendance", this.group).param("date", MONDAY.toString())
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(accepted))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/enrollments/{id}/hours", this.anna).param("month", YearMonth.from(MONDAY).toString())
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].hours").value(2.5))
			.andExpect(jsonPath("$.rows[0].title").value("Gruppstart"));
	}

	private String name(UUID enrollment) {
		UUID participant = this.attendance.month(enrollment, YearMonth.from(MONDAY), scope())
			.enrollment()
			.participantId();
		return this.participants.get(participant, scope()).name();
	}

	private AccessScope scope() {
		return this.data.scope(this.coach);
	}

}
