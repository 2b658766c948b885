package se.steget.imports;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.participant.ParticipantForm;
import se.steget.participant.ParticipantManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Participants imported from files that Excel and people make: Windows-1252 with
 * semicolons, UTF-8 with a byte-order mark, commas, workbooks; a file with a bad row and
 * a repeated number is named row by row and writes nothing, the fixed file imports, and
 * importing it again changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportIntegrationTests {

	private static final String HEADER = "Personnummer;Förnamn;Efternamn;Kön;Kommun;Födelseregion\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private se.steget.employer.EmployerManagement employers;

	@Autowired
	private se.steget.employer.VacancyManagement vacancies;

	@Autowired
	private se.steget.access.AccessManagement access;

	@Autowired
	private se.steget.project.ProjectManagement projects;

	@Autowired
	private ImportManagement imports;

	@Test
	void importsWindows1252WithSemicolonsAsWrittenAndAgainChangesNothing() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String asa = TestNumbers.next();
		String arlig = TestNumbers.next();
		String file = HEADER + asa + ";Åsa;Öberg;K;Kalmar;Sverige\n" + arlig
				+ ";Ärlig;Ödmjuk;man;0880;Utanför Europa\n";
		byte[] bytes = file.getBytes(Charset.forName("windows-1252"));

		String id = upload(coach, "deltagare.csv", bytes);
		this.mvc.perform(get("/api/v1/imports/{id}", id).with(basic(coach)))
			.andExpect(jsonPath("$.csv.charset").value("windows-1252"))
			.andExpect(jsonPath("$.csv.delimiter").value("semicolon"))
			.andExpect(jsonPath("$.preview[0][1]").value("Åsa"))
			.andExpect(jsonPath("$.columns[?(@.field == 'birthRegion')].column").value(5));
		check(coach, id).andExpect(jsonPath("$.counts.create").value(2))
			.andExpect(jsonPath("$.counts.invalid").value(0));
		commit(coach, id, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IMPORTED"))
			.andExpect(jsonPath("$.counts.create").value(2));

		var shown = this.participants.search("Öberg", 0, this.data.scope(coach)).getContent();
		assertThat(shown).extracting((p) -> p.name()).contains("Åsa Öberg");
		assertThat(this.participants.importMatch(se.steget.core.PersonalIdentityNumber.parse(arlig).value(),
				this.data.scope(coach)))
			.hasValueSatisfying((match) -> {
				assertThat(match.saved().getLastName()).isEqualTo("Ödmjuk");
				assertThat(match.saved().getGender()).isEqualTo(Gender.MAN);
				assertThat(match.saved().getBirthRegion()).isEqualTo(se.steget.core.BirthRegion.OUTSIDE_EUROPE);
			});

		String again = upload(coach, "deltagare.csv", bytes);
		commit(coach, again, false).andExpect(jsonPath("$.counts.create").value(0))
			.andExpect(jsonPath("$.counts.unchanged").value(2));
		assertThat(count(asa)).isEqualTo(1);
	}

	@Test
	void anImportIsUndoneAsABatchWhileNoOneItAddedHasBeenUsed() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String surname = TestData.unique("Ångrad");
		String first = TestNumbers.next();
		String second = TestNumbers.next();
		byte[] bytes = (HEADER + first + ";Åsa;" + surname + ";K;Kalmar;\n" + second + ";Åke;" + surname
				+ ";M;Kalmar;\n")
			.getBytes(StandardCharsets.UTF_8);
		String used = upload(coach, "ångras-inte.csv", bytes);
		commit(coach, used, false).andExpect(jsonPath("$.status").value("IMPORTED"));
		UUID enrolled = this.jdbc.sql("select id from participant where personal_identity_number = ?")
			.param(se.steget.core.PersonalIdentityNumber.parse(first).value())
			.query(UUID.class)
			.single();
		this.data.enroll(enrolled, this.data.project(coach), coach, java.time.LocalDate.now());
		undo(coach, used).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("rows"));
		assertThat(count(first) + count(second)).as("nothing undone when one person is used").isEqualTo(2);

		String third = TestNumbers.next();
		String fresh = upload(coach, "ångras.csv",
				(HEADER + third + ";Åsa;" + surname + ";K;Kalmar;\n").getBytes(StandardCharsets.UTF_8));
		commit(coach, fresh, false).andExpect(jsonPath("$.counts.create").value(1));
		this.mvc.perform(post("/api/v1/imports/{id}/undo", fresh).header("If-Match", "\"0\"").with(basic(coach)))
			.andExpect(status().isPreconditionFailed());
		undo(coach, fresh).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDONE"));
		assertThat(count(third)).isZero();
		undo(coach, fresh).andExpect(status().isUnprocessableContent());

		this.jdbc.sql("update import_job set content = null, report = null where id = ?")
			.param(UUID.fromString(used))
			.update();
		this.mvc.perform(get("/api/v1/imports/{id}", used).with(basic(coach)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.undoable").value(false));
		undo(coach, used).andExpect(status().isUnprocessableContent())
			.andExpect(
					jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("rapport är raderad")));
		check(coach, used).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void aByteOrderMarkAndCommasAreReadAndTheFirstHeaderStillFound() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String number = TestNumbers.next();
		String file = "\uFEFFPersonal identity number,First name,Last name,Gender,Municipality\n" + number + ",Märta,"
				+ TestData.unique("Ek") + ",woman,Kalmar\n";

		String id = upload(coach, "people.csv", file.getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(get("/api/v1/imports/{id}", id).with(basic(coach)))
			.andExpect(jsonPath("$.csv.byteOrderMark").value(true))
			.andExpect(jsonPath("$.csv.delimiter").value("comma"))
			.andExpect(jsonPath("$.columns[?(@.field == 'personalIdentityNumber')].column").value(0));
		commit(coach, id, false).andExpect(jsonPath("$.counts.create").value(1));
		assertThat(count(number)).isEqualTo(1);
	}

	@Test
	void aWorkbookIsImportedFromTheSheetChosen() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String number = TestNumbers.next();
		byte[] workbook;
		try (var book = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
			book.createSheet("Om filen").createRow(0).createCell(0).setCellValue("Deltagare i projektet");
			Sheet sheet = book.createSheet("Deltagare");
			String[] header = { "Personnummer", "Förnamn", "Efternamn", "Kön", "Kommunkod" };
			String[] row = { number.replace("-", ""), "Åsa", TestData.unique("Öberg"), "K", "880" };
			for (int i = 0; i < header.length; i++) {
				sheet.createRow(0).createCell(i);
			}
			var head = sheet.getRow(0);
			var line = sheet.createRow(1);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
				line.createCell(i).setCellValue(row[i]);
			}
			book.write(out);
			workbook = out.toByteArray();
		}
		String id = upload(coach, "deltagare.xlsx", workbook);
		String version = this.mvc.perform(get("/api/v1/imports/{id}", id).with(basic(coach)))
			.andExpect(jsonPath("$.sheets.length()").value(2))
			.andExpect(jsonPath("$.header[0]").value("Deltagare i projektet"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(put("/api/v1/imports/{id}/choices", id).with(basic(coach))
				.header("If-Match", version)
				.contentType("application/json")
				.content("{\"sheet\": \"Deltagare\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.header[4]").value("Kommunkod"))
			.andExpect(jsonPath("$.columns[?(@.field == 'municipalityCode')].column").value(4));
		commit(coach, id, false).andExpect(jsonPath("$.counts.create").value(1));
		assertThat(count(number)).isEqualTo(1);
	}

	@Test
	void aBadRowAndARepeatedNumberAreNamedAndStopTheWholeImportUntilFixed() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String surname = TestData.unique("Rad");
		List<String> numbers = new ArrayList<>();
		StringBuilder file = new StringBuilder(HEADER);
		for (int row = 2; row <= 40; row++) {
			String number = (row == 40) ? numbers.get(1) : TestNumbers.next();
			numbers.add(number);
			String written = (row == 17) ? "19500101-1234" : number;
			file.append(written).append(";Person;").append(surname).append(";K;Kalmar;\n");
		}
		String id = upload(coach, "rader.csv", file.toString().getBytes(StandardCharsets.UTF_8));
		String report = check(coach, id).andExpect(jsonPath("$.counts.invalid").value(3))
			.andExpect(jsonPath("$.counts.create").value(36))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> rows = JsonPath.read(report, "$.problems[*].row");
		assertThat(rows).containsExactlyInAnyOrder(3, 17, 40);
		List<String> columns = JsonPath.read(report, "$.problems[*].column");
		assertThat(columns).containsOnly("Personnummer");
		List<String> reasons = JsonPath.read(report, "$.problems[?(@.row == 40)].messageKey");
		assertThat(reasons).containsExactly("imports.error.repeated");

		commit(coach, id, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("rows"));
		assertThat(this.jdbc.sql("select count(*) from participant where last_name = ?")
			.param(surname)
			.query(Long.class)
			.single()).as("nothing half-imported").isZero();

		byte[] problems = this.mvc.perform(get("/api/v1/imports/{id}/problems", id).with(basic(coach)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(problems))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Personnummer");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Personnummer: ");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("19500101-1234");
		}

		String fixed = file.toString()
			.replace("19500101-1234", TestNumbers.next())
			.replaceFirst("(?s)(.*)" + numbers.get(1), "$1" + TestNumbers.next());
		String second = upload(coach, "rader.csv", fixed.getBytes(StandardCharsets.UTF_8));
		commit(coach, second, false).andExpect(jsonPath("$.counts.create").value(39));
		String third = upload(coach, "rader.csv", fixed.getBytes(StandardCharsets.UTF_8));
		commit(coach, third, false).andExpect(jsonPath("$.counts.create").value(0))
			.andExpect(jsonPath("$.counts.unchanged").value(39));
		assertThat(this.jdbc.sql("select count(*) from participant where last_name = ?")
			.param(surname)
			.query(Long.class)
			.single()).isEqualTo(39);
	}

	@Test
	void theGoodRowsOnlyWhenAskedAndAChangedRowUpdatesThePerson() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String good = TestNumbers.next();
		String surname = TestData.unique("Bra");
		String file = HEADER + good + ";Eva;" + surname + ";K;Kalmar;\n" + TestNumbers.next() + ";=1+2;" + surname
				+ ";?;Kalmar;\n";
		String id = upload(coach, "blandat.csv", file.getBytes(StandardCharsets.UTF_8));
		commit(coach, id, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.create").value(1))
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("Kön"))
			.andExpect(jsonPath("$.problems[0].value").value("?"))
			.andExpect(jsonPath("$.problems[0].messageKey").value("imports.error.gender"));
		assertThat(count(good)).isEqualTo(1);
		byte[] problems = this.mvc.perform(get("/api/v1/imports/{id}/problems", id).with(basic(coach)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(problems))) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())
				.as("a value a spreadsheet would run, neutralised")
				.isEqualTo("'=1+2");
		}

		String changed = HEADER + good + ";Eva;" + surname + ";K;Malmö;Europa utom Sverige\n";
		String update = upload(coach, "ändrat.csv", changed.getBytes(StandardCharsets.UTF_8));
		commit(coach, update, false).andExpect(jsonPath("$.counts.update").value(1));
		String stored = this.jdbc.sql("select municipality_code from participant where personal_identity_number = ?")
			.param(se.steget.core.PersonalIdentityNumber.parse(good).value())
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo("1280");
	}

	@Test
	void aNamesakeBornTheSameDayOrSomeoneOutOfSightGoesToReviewNeverMerged() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID other = this.data.user(Role.STAFF);
		List<String> twins = TestNumbers.sameBirthDate(3);
		String surname = TestData.unique("Tvilling");
		this.participants.register(new ParticipantForm(twins.get(0), "Testa", surname, Gender.WOMAN, "0880", false),
				this.data.scope(other));
		this.participants.register(new ParticipantForm(twins.get(1), "Vera", surname, Gender.WOMAN, "0880", false),
				this.data.scope(coach));
		StringBuilder file = new StringBuilder(HEADER);
		file.append(twins.get(1)).append(";Vera;").append(surname).append(";K;Kalmar;\n");
		file.append(twins.get(2)).append(";Testa;").append(surname).append(";K;Kalmar;\n");
		String id = upload(coach, "granska.csv", file.toString().getBytes(StandardCharsets.UTF_8));
		String report = check(coach, id).andExpect(jsonPath("$.counts.unchanged").value(1))
			.andExpect(jsonPath("$.counts.review").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> reasons = JsonPath.read(report, "$.problems[*].messageKey");
		assertThat(reasons).containsExactly("imports.review.namesake");
		List<Integer> rows = JsonPath.read(report, "$.problems[*].row");
		assertThat(rows).containsExactly(3);

		String hidden = upload(coach, "dold.csv",
				(HEADER + twins.get(0) + ";Testa;" + surname + ";K;Kalmar;\n").getBytes(StandardCharsets.UTF_8));
		check(coach, hidden).andExpect(jsonPath("$.counts.review").value(1))
			.andExpect(jsonPath("$.problems[0].messageKey").value("imports.review.notVisible"));
		commit(coach, id, false).andExpect(status().isUnprocessableContent());
	}

	@Test
	void twoImportsOfOneFileAtOnceWriteEachPersonOnceAndNoJobTwice() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String surname = TestData.unique("Samtidig");
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < 20; i++) {
			file.append(TestNumbers.next()).append(";Samma;").append(surname).append(";M;Kalmar;\n");
		}
		byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
		String first = upload(coach, "samtidig.csv", bytes);
		String second = upload(coach, "samtidig.csv", bytes);
		int[] answers = new int[3];
		List<String> jobs = List.of(first, second, first);
		List<java.util.concurrent.Callable<?>> tasks = new ArrayList<>();
		for (int i = 0; i < jobs.size(); i++) {
			int task = i;
			tasks.add(() -> answers[task] = start(coach, jobs.get(task), false).andReturn().getResponse().getStatus());
		}
		assertThat(se.steget.Races.race(tasks)).containsOnlyNulls();
		ImportStatus firstEnded = Runs.settled(this.jdbc, UUID.fromString(first));
		ImportStatus secondEnded = Runs.settled(this.jdbc, UUID.fromString(second));

		System.out.println("Two imports at once answered " + java.util.Arrays.toString(answers) + " and ended "
				+ firstEnded + ", " + secondEnded);
		assertThat(java.util.Arrays.stream(answers).boxed().toList()).as("never a 500")
			.allSatisfy((status) -> assertThat(status).isIn(202, 409, 412, 422))
			.as("the second start of one job refused while it runs")
			.contains(202);
		assertThat(answers[0] == 202 && answers[2] == 202).as("one job started twice").isFalse();
		assertThat(List.of(firstEnded, secondEnded)).as("one of them imported").contains(ImportStatus.IMPORTED);
		assertThat(this.jdbc.sql("select count(*) from participant where last_name = ?")
			.param(surname)
			.query(Long.class)
			.single()).isEqualTo(20);
		assertThat(this.jdbc.sql("select sum(created_count) from import_job where id in (?, ?)")
			.params(UUID.fromString(first), UUID.fromString(second))
			.query(Long.class)
			.single()).as("each person made by one import only").isEqualTo(20);
	}

	@Test
	void badFilesAndMissingColumnsAreRefusedOnTheirField() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		this.mvc
			.perform(
					multipart("/api/v1/imports").file(new MockMultipartFile("file", "tom.csv", "text/csv", new byte[0]))
						.with(basic(coach)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "bild.pdf", "application/pdf", "%PDF-1.4".getBytes()))
				.with(basic(coach)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "trasig.xlsx",
					"application/octet-stream", "PK\u0003\u0004 nej".getBytes()))
				.with(basic(coach)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));

		String id = upload(coach, "namn.csv", "Förnamn;Efternamn\nÅsa;Öberg\n".getBytes(StandardCharsets.UTF_8));
		check(coach, id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("columns"));
		this.mvc.perform(get("/api/v1/imports/{id}", id).with(basic(this.data.user(Role.STAFF))))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePagesTakeTheUserFromUploadToImport() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		var login = user(this.data.login(coach));
		String number = TestNumbers.next();
		String surname = TestData.unique("Sida");
		String file = "Pnr;Tilltalsnamn;Efternamn;Kön;Kommun\n" + number + ";Åsa;" + surname + ";K;Kalmar\n";

		this.mvc.perform(get("/imports").with(login))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"file\"")));
		this.mvc
			.perform(multipart("/imports").file(new MockMultipartFile("file", new byte[0])).with(login).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"file-error\"")));
		String location = this.mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "sida.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
				.with(login)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring("/imports/".length());
		this.mvc.perform(get(location).with(login))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Åsa")))
			.andExpect(content().string(containsString("id=\"column-firstName\"")));

		this.mvc.perform(post(location + "/check").with(login).with(csrf()))
			.andExpect(flash().attributeExists("refused"));
		Integer version = this.jdbc.sql("select version from import_job where id = ?")
			.param(UUID.fromString(id))
			.query(Integer.class)
			.single();
		this.mvc
			.perform(post(location + "/choices").with(login)
				.with(csrf())
				.param("version", version.toString())
				.param("column.personalIdentityNumber", "0")
				.param("column.firstName", "1")
				.param("column.lastName", "2")
				.param("column.gender", "3")
				.param("column.municipalityCode", "4"))
			.andExpect(flash().attributeExists("saved"));
		this.mvc.perform(post(location + "/check").with(login).with(csrf()))
			.andExpect(flash().attributeExists("saved"));
		Runs.settled(this.jdbc, UUID.fromString(id));
		this.mvc.perform(get(location).with(login))
			.andExpect(content().string(containsString("id=\"counts\"")))
			.andExpect(content().string(containsString("Alla rader kan importeras")));
		this.mvc.perform(post(location + "/commit").with(login).with(csrf()))
			.andExpect(flash().attributeExists("saved"));
		assertThat(Runs.settled(this.jdbc, UUID.fromString(id))).isEqualTo(ImportStatus.IMPORTED);
		this.mvc.perform(get("/imports").with(login)).andExpect(content().string(containsString("sida.csv")));
		assertThat(count(number)).isEqualTo(1);

		String next = "Pnr;Tilltalsnamn;Efternamn;Kön;Kommun\n" + TestNumbers.next() + ";Åke;" + surname
				+ ";M;Kalmar\n";
		String again = upload(coach, "nästa.csv", next.getBytes(StandardCharsets.UTF_8));
		check(coach, again).andExpect(status().isOk())
			.andExpect(jsonPath("$.columns[?(@.field == 'firstName')].column").value(1))
			.andExpect(jsonPath("$.counts.create").value(1));
		assertThat(
				this.jdbc.sql("select count(*) from audit_entry where username = ? and route = ? and action = 'CHANGE'")
					.params(this.data.username(coach), "POST /imports/{id}/commit")
					.query(Long.class)
					.single())
			.as("the import is in the audit log")
			.isEqualTo(1);
	}

	@Test
	void anExternalIdIsKeptAndMatchesAReserveIdentityButNeverMergesTwoPeople() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String ext = TestData.unique("K");
		String first = TestNumbers.next();
		String header = "Personnummer;Förnamn;Efternamn;Kön;Kommun;Externt id\n";
		String id = upload(coach, "deltagare.csv",
				(header + first + ";Åsa;" + TestData.unique("Extern") + ";K;0880;" + ext + "-1\n")
					.getBytes(StandardCharsets.UTF_8));
		check(coach, id).andExpect(jsonPath("$.columns[?(@.field == 'externalId')].column").value(5));
		commit(coach, id, false).andExpect(jsonPath("$.status").value("IMPORTED"));
		UUID firstId = this.participants
			.importMatch(se.steget.core.PersonalIdentityNumber.parse(first).value(), this.data.scope(coach))
			.orElseThrow()
			.id();
		assertThat(this.participants.get(firstId, this.data.scope(coach)).externalId()).isEqualTo(ext + "-1");

		var reserve = new ParticipantForm(null, "Reserv", TestData.unique("Extern"), Gender.MAN, "0880", false);
		reserve.setReserveIdentity(true);
		reserve.setBirthDate(java.time.LocalDate.of(1958, 3, 4));
		reserve.setReserveDocument("Pass 123");
		reserve.setExternalId(ext + "-2");
		UUID reserveId = this.participants.register(reserve, this.data.scope(coach));
		var third = new ParticipantForm(TestNumbers.next(), "Tredje", TestData.unique("Extern"), Gender.WOMAN, "0880",
				false);
		third.setExternalId(ext + "-3");
		this.participants.register(third, this.data.scope(coach));
		String given = TestNumbers.next();
		String other = TestNumbers.next();
		String file = header + given + ";Reserv;" + reserve.getLastName() + ";M;0880;" + ext + "-2\n" + first
				+ ";Åsa;X;K;0880;" + ext + "-3\n" + other + ";Åsa;Y;K;0880;" + ext + "-1\n" + TestNumbers.next()
				+ ";A;B;K;0880;" + ext + "-9\n" + TestNumbers.next() + ";C;D;K;0880;" + ext + "-9\n";
		String report = check(coach, upload(coach, "deltagare.csv", file.getBytes(StandardCharsets.UTF_8)))
			.andExpect(jsonPath("$.counts.update").value(1))
			.andExpect(jsonPath("$.counts.review").value(2))
			.andExpect(jsonPath("$.counts.invalid").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(report, "$.problems[?(@.row == 3)].messageKey"))
			.containsExactly("imports.review.twoRecords");
		assertThat(JsonPath.<List<String>>read(report, "$.problems[?(@.row == 4)].messageKey"))
			.containsExactly("imports.review.otherNumber");
		assertThat(JsonPath.<List<String>>read(report, "$.problems[?(@.row == 5)].column"))
			.containsExactly("Externt id");

		String fix = upload(coach, "deltagare.csv",
				(header + given + ";Reserv;" + reserve.getLastName() + ";M;0880;" + ext + "-2\n")
					.getBytes(StandardCharsets.UTF_8));
		commit(coach, fix, false).andExpect(jsonPath("$.counts.update").value(1));
		assertThat(this.participants.get(reserveId, this.data.scope(coach)).personalIdentityNumber())
			.as("the reserve identity has been given its number")
			.isEqualTo(se.steget.core.PersonalIdentityNumber.parse(given).value());
		assertThat(count(other)).isZero();

		var taken = new ParticipantForm(TestNumbers.next(), "Tredje", "Person", Gender.WOMAN, "0880", false);
		taken.setExternalId(ext + "-1");
		assertThatThrownBy(() -> this.participants.register(taken, this.data.scope(coach))).isInstanceOfSatisfying(
				se.steget.core.RejectedInputException.class,
				(refused) -> assertThat(refused.field()).isEqualTo("externalId"));
	}

	@Test
	void employersAreRegisteredOrChangedByOrganisationNumberAndAgainChangeNothing() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String known = TestData.organisationNumber();
		this.employers.register(new se.steget.employer.EmployerForm(known, "Gamla namnet AB", null),
				this.data.scope(coach));
		String fresh = TestData.organisationNumber();
		String file = "Organisationsnummer;Namn;SNI-kod\n" + fresh + ";" + TestData.unique("Bageriet") + ";10710\n"
				+ known + ";Nya namnet AB;\n" + "556000-0000;Fel AB;\n" + fresh + ";Igen AB;\n"
				+ TestData.organisationNumber() + ";Kort SNI AB;123\n";
		String id = upload(coach, "employers", "arbetsgivare.csv", file.getBytes(StandardCharsets.UTF_8));
		String report = check(coach, id).andExpect(jsonPath("$.counts.create").value(1))
			.andExpect(jsonPath("$.counts.update").value(1))
			.andExpect(jsonPath("$.counts.invalid").value(3))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(report, "$.problems[*].row")).containsExactly(4, 5, 6);
		assertThat(JsonPath.<List<String>>read(report, "$.problems[*].column")).containsExactly("Organisationsnummer",
				"Organisationsnummer", "SNI-kod");
		assertThat(this.employers.withNumber(fresh)).as("the check writes nothing").isEmpty();

		commit(coach, id, true).andExpect(jsonPath("$.status").value("IMPORTED"));
		assertThat(this.employers.withNumber(known))
			.hasValueSatisfying((employer) -> assertThat(employer.name()).isEqualTo("Nya namnet AB"));
		assertThat(this.employers.withNumber(fresh))
			.hasValueSatisfying((employer) -> assertThat(employer.sniCode()).isEqualTo("10710"));
		String again = upload(coach, "employers", "arbetsgivare.csv", file.getBytes(StandardCharsets.UTF_8));
		check(coach, again).andExpect(jsonPath("$.counts.unchanged").value(2))
			.andExpect(jsonPath("$.counts.create").value(0));

		undo(coach, id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDONE"));
		assertThat(this.employers.withNumber(fresh)).as("the employer it registered is gone").isEmpty();
		assertThat(this.employers.withNumber(known)).as("a change to one there before stays")
			.hasValueSatisfying((employer) -> assertThat(employer.name()).isEqualTo("Nya namnet AB"));
		String used = TestData.organisationNumber();
		String second = upload(coach, "employers", "fler.csv",
				("Organisationsnummer;Namn\n" + used + ";" + TestData.unique("Verkstaden") + "\n")
					.getBytes(StandardCharsets.UTF_8));
		commit(coach, second, false).andExpect(jsonPath("$.counts.create").value(1));
		var vacancy = new se.steget.employer.VacancyForm();
		vacancy.setTitle("Montör");
		vacancy.setExternalId(TestData.unique("AF"));
		vacancy.setSsykCode("9332");
		vacancy.setPublishedOn(java.time.LocalDate.of(2026, 11, 1));
		vacancy.setMunicipalityCode("0880");
		vacancy.setSwedishLevel(se.steget.core.SwedishLevel.values()[0]);
		this.vacancies.publish(this.employers.withNumber(used).orElseThrow().id(), vacancy, this.data.scope(coach));
		undo(coach, second).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("rows"))
			.andExpect(
					jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("1 av arbetsgivarna")));
		assertThat(this.employers.withNumber(used)).as("an employer with a vacancy since stays").isPresent();
	}

	@Test
	void vacanciesArePublishedAtTheirEmployerOrChangeTheOneWithTheirAdIdKeepingWhatTheFileLacks() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String known = TestData.organisationNumber();
		UUID employer = this.employers.register(new se.steget.employer.EmployerForm(known, "Lagret AB", null),
				this.data.scope(coach));
		String ad = TestData.unique("PB");
		var saved = new se.steget.employer.VacancyForm();
		saved.setTitle("Gammal rubrik");
		saved.setSsykCode("9332");
		saved.setPublishedOn(java.time.LocalDate.of(2026, 10, 1));
		saved.setExternalId(ad + "-2");
		saved.setMunicipalityCode("0880");
		saved.setDescription("Står kvar");
		saved.setSwedishLevel(se.steget.core.SwedishLevel.values()[0]);
		UUID old = this.vacancies.publish(employer, saved, this.data.scope(coach));
		String file = "Organisationsnummer;Rubrik;Yrke;Publicerad;Typ;Kommun;Annons-id;Kompetenser;Länk\n" + known
				+ ";Lagerarbetare;9332;2026-11-01;Jobb;Kalmar;" + ad + "-1;Truckkort, lager\n" + known
				+ ";Praktik i köket;Kockar och kallskänkor;20261102;Praktikplats;0880;;;https://example.se/praktik\n"
				+ TestData.organisationNumber() + ";Okänd;9332;2026-11-01;;;;\n" + known
				+ ";Lagerarbetare igen;9332;2026-11-01;;;" + ad + "-1;\n" + known + ";Okänt yrke;9999;2026-11-01;;;;\n"
				+ known + ";Fel dag;9332;2026-13-01;;;;\n" + known + ";Ny rubrik;9332;2026-10-01;;;" + ad + "-2;\n";
		String id = upload(coach, "vacancies", "jobb.csv", file.getBytes(StandardCharsets.UTF_8));
		String report = check(coach, id).andExpect(jsonPath("$.counts.create").value(2))
			.andExpect(jsonPath("$.counts.update").value(1))
			.andExpect(jsonPath("$.counts.invalid").value(4))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(report, "$.problems[*].row")).containsExactly(4, 5, 6, 7);
		assertThat(JsonPath.<List<String>>read(report, "$.problems[*].messageKey")).containsExactly(
				"imports.error.noEmployer", "imports.error.repeatedValue", "imports.error.occupation",
				"imports.error.date");
		assertThat(this.vacancies.idsAt(employer)).as("the check writes nothing").containsExactly(old);

		commit(coach, id, false).andExpect(status().isUnprocessableContent());
		assertThat(this.vacancies.idsAt(employer)).as("all or nothing").containsExactly(old);
		commit(coach, id, true).andExpect(jsonPath("$.status").value("IMPORTED"));
		var after = this.vacancies.findAll(this.vacancies.idsAt(employer));
		assertThat(after).extracting(se.steget.employer.VacancyView::title)
			.containsExactlyInAnyOrder("Lagerarbetare", "Praktik i köket", "Ny rubrik");
		var kitchen = after.stream().filter((v) -> v.title().equals("Praktik i köket")).findFirst().orElseThrow();
		assertThat(kitchen.ssykCode()).isEqualTo("5120");
		assertThat(kitchen.kind()).isEqualTo(se.steget.employer.PlaceKind.INTERNSHIP);
		var changed = this.vacancies.get(old, this.data.scope(coach));
		assertThat(changed.description()).as("what the file lacks is kept").isEqualTo("Står kvar");
		assertThat(changed.requirements()).hasSize(1);

		String again = upload(coach, "vacancies", "jobb.csv", file.getBytes(StandardCharsets.UTF_8));
		check(coach, again).andExpect(jsonPath("$.counts.unchanged").value(3))
			.andExpect(jsonPath("$.counts.create").value(0))
			.andExpect(jsonPath("$.counts.update").value(0));

		undo(coach, id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDONE"));
		assertThat(this.vacancies.findAll(this.vacancies.idsAt(employer)))
			.as("the two it published are gone, the one it changed stays as changed")
			.extracting(se.steget.employer.VacancyView::title)
			.containsExactly("Ny rubrik");
		String closedSince = upload(coach, "vacancies", "ett.csv",
				("Organisationsnummer;Rubrik;Yrke;Publicerad;Kommun;Annons-id\n" + known
						+ ";Truckförare;9332;2026-11-03;Kalmar;" + ad + "-3\n")
					.getBytes(StandardCharsets.UTF_8));
		commit(coach, closedSince, false).andExpect(jsonPath("$.counts.create").value(1));
		UUID driver = this.vacancies.findAll(this.vacancies.idsAt(employer))
			.stream()
			.filter((v) -> v.title().equals("Truckförare"))
			.findFirst()
			.orElseThrow()
			.id();
		this.vacancies.close(driver, this.data.scope(coach));
		undo(coach, closedSince).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("1 av platserna")));
		assertThat(this.vacancies.idsAt(employer)).contains(driver);
	}

	@Test
	void staffAccountsAreMadeOrChangedByUsernameWithTheirProjectsByAnAdministratorOnly() throws Exception {
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		UUID project = this.data.project();
		String projectName = this.projects.nameOf(project).orElseThrow();
		String known = TestData.unique("kand");
		UUID knownId = this.access.createUser(known, TestData.PASSWORD, "Gammalt Namn", Role.STAFF,
				se.steget.access.StaffFunction.COACH);
		String fresh = TestData.unique("ny");
		String file = "Användarnamn;Namn;Roll;E-post;Yrkesroll;Kommun;Projekt\n" + fresh
				+ ";Nya Handläggaren;Handläggare;" + fresh + "@example.se;Arbetsförmedlare;;" + projectName + "\n"
				+ known + ";Nytt Namn;Handläggare;;;;" + projectName + "\n" + "A B;Fel Namn;Handläggare;;;;\n" + fresh
				+ ";Igen;Handläggare;;;;\n" + TestData.unique("koord")
				+ ";Koordinatorn;Handläggare;;Kommunal koordinator;;\n" + TestData.unique("proj")
				+ ";Projektlös;Handläggare;;;;Finns inte\n" + TestData.unique("chef") + ";Chefen;Chef;;;;\n";
		byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

		UUID coach = this.data.user(Role.STAFF);
		this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "personal.csv", "text/csv", bytes))
				.param("kind", "staff")
				.with(basic(coach)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		assertThat(this.imports.kinds(this.data.scope(coach))).doesNotContain("staff");

		String id = upload(admin, "staff", "personal.csv", bytes);
		String report = check(admin, id).andExpect(jsonPath("$.counts.create").value(1))
			.andExpect(jsonPath("$.counts.update").value(1))
			.andExpect(jsonPath("$.counts.invalid").value(5))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(report, "$.problems[*].row")).containsExactly(4, 5, 6, 7, 8);
		assertThat(JsonPath.<List<String>>read(report, "$.problems[*].messageKey")).containsExactly("error.username",
				"imports.error.repeatedValue", "error.coordinatorMunicipality", "imports.error.projectName",
				"imports.error.choice");
		assertThat(this.access.listedAccount(fresh)).as("the check writes nothing").isEmpty();

		commit(admin, id, true).andExpect(jsonPath("$.status").value("IMPORTED"));
		var made = this.access.listedAccount(fresh).orElseThrow();
		assertThat(made.form().getDisplayName()).isEqualTo("Nya Handläggaren");
		assertThat(made.form().getStaffFunction()).isEqualTo(se.steget.access.StaffFunction.EMPLOYMENT_OFFICER);
		assertThat(made.projectIds()).containsExactly(project);
		var changed = this.access.listedAccount(known).orElseThrow();
		assertThat(changed.form().getDisplayName()).isEqualTo("Nytt Namn");
		assertThat(changed.form().getStaffFunction()).as("a blank cell keeps what was saved")
			.isEqualTo(se.steget.access.StaffFunction.COACH);
		assertThat(changed.projectIds()).containsExactly(project);
		this.mvc.perform(get("/api/v1/imports").with(httpBasic(known, TestData.PASSWORD))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/imports").with(httpBasic(fresh, TestData.PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(knownId).isEqualTo(changed.id());

		String again = upload(admin, "staff", "personal.csv", bytes);
		check(admin, again).andExpect(jsonPath("$.counts.unchanged").value(2))
			.andExpect(jsonPath("$.counts.create").value(0))
			.andExpect(jsonPath("$.counts.update").value(0));

		undo(admin, id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDONE"));
		assertThat(this.access.listedAccount(fresh)).as("the account it made is gone").isEmpty();
		assertThat(this.access.listedAccount(known).orElseThrow().form().getDisplayName())
			.as("a change to one there before stays")
			.isEqualTo("Nytt Namn");
		String working = TestData.unique("arbetar");
		String second = upload(admin, "staff", "en.csv",
				("Användarnamn;Namn;Roll;Projekt\n" + working + ";Arbetande;Handläggare;" + projectName + "\n")
					.getBytes(StandardCharsets.UTF_8));
		commit(admin, second, false).andExpect(jsonPath("$.counts.create").value(1));
		this.data.participant(this.access.listedAccount(working).orElseThrow().id(), Gender.MAN);
		undo(admin, second).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("1 av kontona")));
		assertThat(this.access.listedAccount(working)).as("an account that registered someone stays").isPresent();
	}

	private String upload(UUID who, String name, byte[] bytes) throws Exception {
		return upload(who, "participants", name, bytes);
	}

	private String upload(UUID who, String kind, String name, byte[] bytes) throws Exception {
		String body = this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", name, "text/csv", bytes))
				.param("kind", kind)
				.with(basic(who)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** Checks the job and, once the check has run, answers with the job. */
	private org.springframework.test.web.servlet.ResultActions check(UUID who, String id) throws Exception {
		return settled(who, id, this.mvc.perform(post("/api/v1/imports/{id}/check", id).with(basic(who))));
	}

	/**
	 * The job once its run has ended, if the request started one; the refusal if it did
	 * not.
	 */
	private org.springframework.test.web.servlet.ResultActions settled(UUID who, String id,
			org.springframework.test.web.servlet.ResultActions started) throws Exception {
		if (started.andReturn().getResponse().getStatus() != 202) {
			return started;
		}
		Runs.settled(this.jdbc, UUID.fromString(id));
		return this.mvc.perform(get("/api/v1/imports/{id}", id).with(basic(who)));
	}

	private org.springframework.test.web.servlet.ResultActions undo(UUID who, String id) throws Exception {
		String version = this.mvc.perform(get("/api/v1/imports/{id}", id).with(basic(who)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		return this.mvc.perform(post("/api/v1/imports/{id}/undo", id).header("If-Match", version).with(basic(who)));
	}

	/** Imports the job and, once the import has run, answers with the job. */
	private org.springframework.test.web.servlet.ResultActions commit(UUID who, String id, boolean goodRowsOnly)
			throws Exception {
		return settled(who, id, start(who, id, goodRowsOnly));
	}

	private org.springframework.test.web.servlet.ResultActions start(UUID who, String id, boolean goodRowsOnly)
			throws Exception {
		return this.mvc
			.perform(post("/api/v1/imports/{id}/commit", id).param("goodRowsOnly", String.valueOf(goodRowsOnly))
				.with(basic(who)));
	}

	private long count(String number) {
		return this.jdbc.sql("select count(*) from participant where personal_identity_number = ?")
			.param(se.steget.core.PersonalIdentityNumber.parse(number).value())
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor basic(UUID who) {
		return httpBasic(this.data.username(who), TestData.PASSWORD);
	}

}
