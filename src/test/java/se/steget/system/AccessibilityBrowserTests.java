package se.steget.system;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An axe-core scan (WCAG 2.1 A and AA) of every page in real Chromium, in each role that
 * sees it differently, with errors shown, in English and on a phone screen. The pages are
 * checked against the application's own mappings, so a new page cannot be forgotten.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steget.demo.enabled=true")
class AccessibilityBrowserTests {

	private static final String PASSWORD = "steget-demo-1";

	private static Browser browser;

	private final Set<String> scanned = new TreeSet<>();

	@LocalServerPort
	private int port;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	private se.steget.access.AccessManagement access;

	@Autowired
	private se.steget.participant.ParticipantManagement participants;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@BeforeAll
	static void noBrowserYet() {
		browser = null;
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void everyPageHasNoAccessibilityViolations() {
		browser = new Browser(this.port);
		scan("/login");
		browser.login("projektledare", PASSWORD);
		scanListDetailAndForms("/participants", "#results tbody");
		String participant = browser.path();
		scanDuplicates();
		scan(participant + "/documents");
		uploadAForbiddenFile(participant);
		scan("/enrollments/new?participantId=" + participant.substring("/participants/".length()));
		scanListDetailAndForms("/enrollments", "#results tbody");
		String enrollment = browser.path();
		scan(enrollment + "/exit");
		scan(enrollment + "/track");
		scan(enrollment + "/pause");
		scan(enrollment + "/staff");
		scan(enrollment + "/staff?q=zzz");
		assertThat(browser.text("#staff-found")).isNotBlank();
		scan(enrollment + "/intake");
		scan(enrollment + "/contacts");
		browser.submit();
		scan(browser.driver()
			.findElement(By.cssSelector("#contacts a[href$='/edit']"))
			.getAttribute("href")
			.substring(("http://localhost:" + this.port).length()));
		browser.type("note", "Rättad i tillgänglighetstestet");
		browser.submit();
		assertThat(browser.text("#corrections")).contains("Rättad i tillgänglighetstestet");
		browser.assertAccessible();
		scan(enrollment + "/assessments");
		scan(enrollment + "/plan");
		scanCorrections();
		scanListDetailAndForms("/projects", "#results tbody");
		String project = browser.path();
		scan(browser.firstLink("#tracks tbody"));
		scan(project + "/tracks/new");
		scan(project + "/intake");
		browser.open("/projects?q=OPIS");
		String opis = browser.firstLink("#results tbody");
		scan(opis);
		String scale = browser.firstLink("#scales");
		scan(browser.firstLink("#priority-groups tbody"));
		scan(opis + "/priority-groups/new");
		scan(opis + "/scales/new");
		scan(scale);
		scan(opis + "/activities");
		scan(opis + "/activities/new");
		scanWithErrors(opis + "/activities/new");
		scan(link("Praktik hos Vätterns Omsorg AB"));
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[text()='Spara resultatet']")));
		assertThat(browser.text("#result-error")).isNotEmpty();
		browser.assertAccessible();
		browser.open(opis + "/activities");
		scan(link("Svenska i arbetslivet"));
		String group = browser.path();
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[text()='Lägg till passet']")));
		assertThat(browser.text("#topic-error")).isNotEmpty();
		browser.assertAccessible();
		browser.open(group);
		scan(browser.firstLink("#sessions tbody"));
		browser.open(group);
		scan(browser.firstLink("#members tbody"));
		scanWithErrors(browser.path());
		scan(opis + "/goals");
		scanWithErrors(opis + "/goals");
		scan("/reports/goals");
		scan("/reports/goals?projectId=" + opis.substring("/projects/".length()) + "&breakdown=TRACK");
		scan("/evaluation/" + opis.substring("/projects/".length()) + "/comparison");
		assertThat(browser.text("#comparison-effects")).contains("90 dagar");
		scan("/follow-ups?mine=false");
		scan("/reports/esf");
		scan("/reports/outcomes");
		scan("/reports/outcomes?municipality=9999");
		assertThat(browser.text("#municipality-error")).isNotBlank();
		scan("/reports/scb?projectId=" + opis.substring("/projects/".length()));
		browser.open("/enrollments?status=EXITED");
		String exited = browser.firstLink("#results tbody");
		scan(exited + "/exit");
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[text()='Spara rättelsen']")));
		assertThat(browser.text("#correctionReason-error")).isNotEmpty();
		browser.assertAccessible();
		scan(exited + "/outcomes");
		scanWithErrors(exited + "/outcomes");
		String hidden = "/participants/" + this.jdbc
			.sql("select p.id from participant p join enrollment e on e.participant_id = p.id"
					+ " join project_membership m on m.project_id = e.project_id join user_account u on u.id = m.user_id"
					+ " where p.protected_identity and u.username = 'projektledare' order by p.id limit 1")
			.query(UUID.class)
			.single();
		scan(hidden);
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[text()='Visa identiteten']")));
		assertThat(browser.text("#purpose-error")).isNotEmpty();
		browser.assertAccessible();
		scan(hidden + "?exportReason=missing");
		assertThat(browser.text("#export-purpose-error")).isNotEmpty();
		scan("/participants/lookup");
		scanWithErrors("/participants/lookup");
		scan("/account/tokens");
		scanWithErrors("/account/tokens");
		browser.type("name", "Tillgänglighetstest");
		browser.submit();
		assertThat(browser.text("#new-token")).startsWith("stg_");
		browser.assertAccessible();
		scan(enrollment + "/work");
		scan(enrollment + "/job-profile");
		scan(enrollment + "/matches");
		scanListDetailAndForms("/employers", "#results tbody");
		String employer = browser.path();
		scan(employer + "/contacts");
		scanWithErrors("/employers/new");
		scan(employer + "/vacancies/new");
		scanWithErrors(employer + "/vacancies/new");
		scan("/vacancies");
		String vacancy = browser.firstLink("#vacancies tbody");
		scan(vacancy);
		scan(vacancy + "/edit");
		scan(vacancy + "/matches");
		scan("/proposals/"
				+ this.jdbc.sql("select id from proposal order by proposed_on, id limit 1").query(UUID.class).single());
		scan("/employers/figures");
		browser.login("admin", PASSWORD);
		scanListDetailAndForms("/organisations", "#results tbody");
		scan("/users");
		String user = browser.firstLink("main tbody");
		scan("/users/new");
		scan("/retention");
		scanWithErrors("/webhooks");
		assertThat(browser.text("#url-error")).isNotEmpty();
		browser.type("url", "https://mottagare.example/steget");
		browser.submit();
		assertThat(browser.text("#new-secret")).startsWith("whsec_");
		browser.assertAccessible();
		scan("/webhooks");
		scan(browser.firstLink("#webhooks tbody"));
		scan("/audit?participantId=" + participant.substring("/participants/".length()));
		scan("/audit?username=coach");
		scan("/audit?username=ingen-sadan");
		assertThat(browser.text("#username-error")).isNotBlank();
		browser.clickAndWaitForNextPage(
				browser.driver().findElement(By.xpath("//button[text()='Kontrollera att loggen är oförändrad']")));
		assertThat(browser.text("#verification")).startsWith("Loggen är oförändrad");
		browser.assertAccessible();
		scan(user);
		scan("/");
		scan("/participants/" + UUID.randomUUID());
		scanWithErrors("/participants/new");
		scanWithErrors("/projects/new");
		scanWithErrors("/organisations/new");
		scanWithErrors("/users/new");
		scan("/?lang=en");
		scan("/participants/new?lang=en");
		scan("/?lang=sv");

		browser.login("coach", PASSWORD);
		scan("/");
		scan("/time");
		scanWithErrors("/time");
		scanImports();
		browser.login("styrgrupp", PASSWORD);
		scan("/");
		scan(browser.firstLink("#figures tbody"));
		assertThat(browser.text("#recruitment")).contains("<5");
		scan("/reports/goals");
		assertThat(browser.text("main")).contains("<5");
		scan("/reports/esf");
		scan("/reports/outcomes");
		scan("/employers/figures");
		browser.login("ekonom", PASSWORD);
		scan("/");
		assertThat(browser.text("#figures")).contains("OPIS");
		browser.login("utvarderare", PASSWORD);
		scan("/");
		scan("/evaluation");
		assertThat(browser.text("#extracts")).contains("OPIS");
		scan(browser.driver()
			.findElement(By.cssSelector("#extracts a[aria-label$='för OPIS'][href$='/comparison']"))
			.getAttribute("href")
			.substring(("http://localhost:" + this.port).length()));
		assertThat(browser.text("#comparison-balance")).contains("Ålder");
		browser.login("coach", PASSWORD);
		browser.driver().manage().window().setSize(new Dimension(375, 812));
		scan("/");
		scan("/participants");
		scan("/vacancies");

		assertThat(this.scanned).containsAll(pagesOfTheApplication());
	}

	/**
	 * The edit pages of an assessment, a taken intake step, an activity and a session, on
	 * records of the project manager's projects.
	 */
	private void scanCorrections() {
		String member = "join project_membership m on m.project_id = e.project_id join user_account u"
				+ " on u.id = m.user_id where u.username = 'projektledare'";
		var scaled = this.jdbc
			.sql("select e.id as enrollment, s.id as scale, s.min_value from enrollment e join assessment_scale s"
					+ " on s.project_id = e.project_id " + member + " and e.status = 'ACTIVE' order by e.id, s.id"
					+ " limit 1")
			.query()
			.singleRow();
		UUID assessment = UUID.randomUUID();
		this.jdbc
			.sql("insert into assessment (id, enrollment_id, scale_id, assessed_on, score, version)"
					+ " values (?, ?, ?, ?, ?, 0)")
			.params(assessment, scaled.get("enrollment"), scaled.get("scale"), java.time.LocalDate.now(),
					scaled.get("min_value"))
			.update();
		String active = "/enrollments/" + scaled.get("enrollment");
		scan(active + "/assessments/" + assessment + "/edit");
		browser.type("score", "999");
		browser.submit();
		assertThat(browser.text("#score-error")).isNotEmpty();
		browser.assertAccessible();
		scan(active + "/assessments");
		browser.open(active + "/plan");
		browser.type("description", "Ringa lagret");
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[text()='Lägg till steget']")));
		scan(browser.firstLink("#plan-steps tbody"));
		browser.type("description", " ");
		browser.submit();
		assertThat(browser.text("#description-error")).isNotEmpty();
		browser.assertAccessible();
		UUID taken = this.jdbc
			.sql("select e.id from enrollment e join intake_record r on r.enrollment_id = e.id " + member
					+ " order by e.id limit 1")
			.query(UUID.class)
			.single();
		scan("/enrollments/" + taken + "/intake");
		scan(browser.firstLink("#intake-taken tbody"));
		var session = this.jdbc
			.sql("select a.id, min(s.session_date) as first_day from activity a join activity_session s"
					+ " on s.activity_id = a.id join project_membership m on m.project_id = a.project_id"
					+ " join user_account u on u.id = m.user_id where u.username = 'projektledare'"
					+ " group by a.id order by a.id limit 1")
			.query()
			.singleRow();
		scan("/activities/" + session.get("id") + "/edit");
		scanWithErrorsAfterClearing("/activities/" + session.get("id") + "/edit", "title");
		scan("/activities/" + session.get("id") + "/sessions/edit?date=" + session.get("first_day"));
	}

	private void scanWithErrorsAfterClearing(String form, String field) {
		browser.open(form);
		browser.type(field, " ");
		browser.submit();
		assertThat(browser.text("#" + field + "-error")).isNotEmpty();
		browser.assertAccessible();
	}

	private String link(String text) {
		browser.open(browser.path());
		return browser.driver()
			.findElement(By.linkText(text))
			.getAttribute("href")
			.substring(("http://localhost:" + this.port).length());
	}

	private void scanListDetailAndForms(String list, String rows) {
		scan(list);
		String detail = browser.firstLink(rows);
		scan(detail + "/edit");
		scan(list + "/new");
		scan(detail);
	}

	private void uploadAForbiddenFile(String participant) {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("program", ".exe");
			java.nio.file.Files.write(file, new byte[] { 77, 90 });
			browser.open(participant + "/documents");
			browser.driver().findElement(org.openqa.selenium.By.id("file")).sendKeys(file.toString());
			browser.submit();
			assertThat(browser.text("#file-error")).isEqualTo("Den filtypen går inte att spara här.");
			browser.assertAccessible();
			java.nio.file.Files.delete(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The import pages: the list, a refused upload, a Windows-1252 file as read, and its
	 * check with a bad row and the table of problems.
	 */
	private void scanImports() {
		scan("/imports");
		scanWithErrors("/imports");
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("deltagare", ".csv");
			java.nio.file.Files.writeString(file,
					"Personnummer;Förnamn;Efternamn;Kön;Kommun\n" + se.steget.TestNumbers.next()
							+ ";Åsa;Öberg;K;Kalmar\n1950;Ärlig;Ödmjuk;X;Atlantis\n",
					java.nio.charset.Charset.forName("windows-1252"));
			browser.open("/imports");
			browser.driver().findElement(By.id("file")).sendKeys(file.toString());
			browser.submit();
			java.nio.file.Files.delete(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		assertThat(browser.text("#preview")).contains("Åsa", "Öberg");
		scan(browser.path());
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.cssSelector("#report form button")));
		browser.waitFor("#problems");
		assertThat(browser.text("#problems")).contains("Atlantis");
		browser.assertAccessible();
		String job = browser.path().replaceAll("#.*", "");
		this.jdbc.sql("update import_job set status = 'IMPORTING', heartbeat_at = current_timestamp where id = ?")
			.param(UUID.fromString(job.substring(job.lastIndexOf('/') + 1)))
			.update();
		scan(job);
		assertThat(browser.text("#run")).contains("0 %");
		this.jdbc.sql("update import_job set progress_done = 3, progress_total = 10 where id = ?")
			.param(UUID.fromString(job.substring(job.lastIndexOf('/') + 1)))
			.update();
		// the page asks for its progress every two seconds and shows what it gets
		// htmx swaps the fragment while it is read: a stale element is read again
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((driver) -> browser.text("#run").contains("30 %"));
		browser.assertAccessible();
		this.scanned.add(job.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}") + "/run");
		this.jdbc.sql("update import_job set status = 'CHECKED', heartbeat_at = null where id = ?")
			.param(UUID.fromString(job.substring(job.lastIndexOf('/') + 1)))
			.update();
	}

	/**
	 * The duplicate finder with a pair in it, the two side by side, and the kept person's
	 * page with the merge in their history.
	 */
	private void scanDuplicates() {
		UUID manager = this.jdbc.sql("select id from user_account where username = 'projektledare'")
			.query(UUID.class)
			.single();
		var scope = this.access.scopeOf(manager, se.steget.access.Role.PROJECT_MANAGER);
		java.util.List<String> numbers = se.steget.TestNumbers.sameBirthDate(2);
		for (int i = 0; i < 2; i++) {
			this.participants.register(new se.steget.participant.ParticipantForm(numbers.get(i), "Maja",
					(i == 0) ? "Ek" : "Eek", se.steget.core.Gender.WOMAN, "0880", false), scope);
		}
		scan("/participants/duplicates");
		assertThat(browser.text("#duplicates")).contains("Maja Ek", "Maja Eek");
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.partialLinkText("Jämför Maja")));
		browser.assertAccessible();
		this.scanned.add(pattern(browser.path()));
		browser.driver().findElement(By.id("take-name-removed")).click();
		browser.submit();
		assertThat(browser.text("#merges")).contains("slogs ihop");
		browser.assertAccessible();
	}

	private void scanWithErrors(String form) {
		browser.open(form);
		browser.submit();
		assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".error"))).isNotEmpty();
		browser.assertAccessible();
	}

	private void scan(String path) {
		browser.open(path);
		browser.assertAccessible();
		this.scanned.add(pattern(browser.path()));
	}

	private static String pattern(String path) {
		return path.replaceAll("\\?.*", "").replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
	}

	private Set<String> pagesOfTheApplication() {
		Set<String> pages = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			boolean get = info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
			boolean rendersPage = method.getReturnType().getParameterType() == String.class;
			if (get && rendersPage && method.getBeanType().getPackageName().startsWith("se.steget")
					&& !method.getBeanType().getSimpleName().endsWith("ApiController")) {
				info.getPatternValues().forEach((page) -> pages.add(page.replaceAll("\\{[^}]+}", "{id}")));
			}
		});
		assertThat(pages).hasSizeGreaterThan(15);
		return pages;
	}

}
