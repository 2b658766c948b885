package se.steget.system;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.steget.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employer half of a seed project in real Chromium, CreaDiem style: a business coach
 * logs a sales call and records the hidden job found in it; the participant's coach reads
 * why it ranks first among the participant's matches, proposes them, and takes the
 * proposal to interview and hire; the outcome is recorded as work outside the home
 * municipality; the employer's page shows the hire and the contacts. Every page passes
 * the axe scan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steget.demo.enabled=true")
class EmployerJourneyBrowserTests {

	private static final String PASSWORD = "steget-demo-1";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private Browser browser;

	@BeforeEach
	void startBrowser() {
		this.browser = new Browser(this.port);
	}

	@AfterEach
	void stopBrowser() {
		this.browser.close();
	}

	@Test
	void aSalesCallFindsAHiddenJobThatEndsInAHireOutsideTheHomeMunicipality() {
		Browser browser = this.browser;
		browser.login("foretagscoach", PASSWORD);
		browser.open("/employers/new");
		browser.type("organisationNumber", "556016-0681");
		browser.type("name", "Förskolan Solrosen AB");
		browser.submit();
		assertThat(browser.text("#organisationNumber-error")).contains("Ogiltigt organisationsnummer");
		assertThat(browser.driver().findElement(By.id("name")).getAttribute("value"))
			.isEqualTo("Förskolan Solrosen AB");
		browser.assertAccessible();
		browser.type("organisationNumber", TestData.organisationNumber());
		browser.submit();
		assertThat(browser.text("h1")).isEqualTo("Förskolan Solrosen AB");
		String employer = browser.path();
		browser.type("name", "Förskolan Solrosen, Örebro");
		new Select(browser.driver().findElement(By.id("municipalityCode"))).selectByVisibleText("Örebro");
		click("//button[text()='Lägg till arbetsstället']");

		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Logga kontakt med arbetsgivare")));
		new Select(browser.driver().findElement(By.id("purpose"))).selectByVisibleText("Säljsamtal");
		new Select(browser.driver().findElement(By.id("channel"))).selectByVisibleText("Besök");
		new Select(browser.driver().findElement(By.id("projectId"))).selectByVisibleText("OPIS");
		browser.type("outcome", "Behöver en barnskötare till hösten, annonserar inte");
		browser.type("nextStep", "Skicka förslag på deltagare");
		browser.submit();
		assertThat(browser.text("#nextStepDue-error")).isEqualTo("Fyll i det här fältet.");
		browser.assertAccessible();
		browser.setDate("nextStepDue", java.time.LocalDate.now().plusDays(7));
		browser.submit();
		assertThat(browser.text("#employer-contacts")).contains("Säljsamtal", "Behöver en barnskötare");

		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Registrera dolt jobb")));
		assertThat(new Select(browser.driver().findElement(By.id("source"))).getFirstSelectedOption().getText())
			.isEqualTo("Dolt jobb");
		browser.type("title", "Barnskötare");
		new Select(browser.driver().findElement(By.id("ssykCode"))).selectByValue("5311");
		new Select(browser.driver().findElement(By.id("municipalityCode"))).selectByVisibleText("Örebro");
		browser.type("scopeMin", "75");
		browser.type("scopeMax", "50");
		browser.submit();
		assertThat(browser.text("#scopeMin-error"))
			.isEqualTo("Minsta omfattningen kan inte vara större än den högsta.");
		assertThat(browser.driver().findElement(By.id("title")).getAttribute("value")).isEqualTo("Barnskötare");
		browser.assertAccessible();
		browser.type("scopeMax", "100");
		browser.submit();
		assertThat(browser.text("h1")).isEqualTo("Barnskötare");
		assertThat(browser.text("main")).contains("Dolt jobb", "Örebro", "5311 Barnskötare");
		browser.assertAccessible();
		String vacancy = browser.path();

		browser.login("coach", PASSWORD);
		UUID enrollment = this.jdbc
			.sql("select e.id from enrollment e join project p on p.id = e.project_id"
					+ " join user_account u on u.id = e.responsible_user_id where p.name = 'OPIS'"
					+ " and u.username = 'coach' and e.status = 'ACTIVE' and e.participant_id in"
					+ " (select id from participant where not protected_identity and municipality_code <> '1880')"
					+ " order by e.start_date desc, e.id limit 1")
			.query(UUID.class)
			.single();
		browser.open("/enrollments/" + enrollment);
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Arbete och matchning")));
		browser.assertAccessible();
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Ändra jobbprofil")));
		new Select(browser.driver().findElement(By.id("occupation1"))).selectByValue("5311");
		new Select(browser.driver().findElement(By.id("occupation2"))).selectByValue("5311");
		browser.type("experience1", "2");
		new Select(browser.driver().findElement(By.id("municipalities"))).selectByVisibleText("Örebro");
		browser.type("scopeMin", "50");
		browser.type("scopeMax", "100");
		browser.type("ownWords", "Jag vill arbeta med barn.");
		browser.submit();
		assertThat(browser.text("#occupation2-error")).isEqualTo("Samma yrke är valt två gånger.");
		browser.assertAccessible();
		new Select(browser.driver().findElement(By.id("occupation2"))).selectByIndex(0);
		browser.submit();
		assertThat(browser.text("main")).contains("Barnskötare (2 år)", "Jag vill arbeta med barn.");

		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Matchande jobb och platser")));
		WebElement first = browser.driver().findElement(By.cssSelector("#matches > li"));
		assertThat(first.findElement(By.tagName("h2")).getText()).isEqualTo("Barnskötare");
		assertThat(first.getText()).contains("Förskolan Solrosen AB", "Dolt jobb");
		String factors = first.findElement(By.cssSelector("table.factors")).getText();
		assertThat(factors).contains("Yrke", "Önskat yrke: Barnskötare", "40 av 40", "Ort",
				"I en kommun deltagaren kan arbeta i: Örebro", "22 av 25", "Omfattning", "Summa");
		browser.assertAccessible();
		browser.clickAndWaitForNextPage(first.findElement(By.xpath(".//button[text()='Föreslå']")));
		assertThat(browser.text("#proposal-status")).isEqualTo("Föreslagen");
		browser.assertAccessible();

		new Select(browser.driver().findElement(By.id("status"))).selectByVisibleText("Intervju");
		browser.submit();
		assertThat(browser.text("#proposal-status")).isEqualTo("Intervju");
		new Select(browser.driver().findElement(By.id("status"))).selectByVisibleText("Nej");
		browser.submit();
		assertThat(browser.errors()).contains("Fyll i det här fältet.");
		browser.assertAccessible();
		new Select(browser.driver().findElement(By.id("status"))).selectByVisibleText("Anställd");
		new Select(browser.driver().findElement(By.id("declinedBy"))).selectByIndex(0);
		browser.submit();
		assertThat(browser.text("#proposal-status")).isEqualTo("Anställd");
		assertThat(browser.text("#steps")).contains("Föreslagen", "Intervju", "Anställd");
		assertThat(browser.text("#outside-home")).isEqualTo("Utanför hemkommunen: arbetsplatsen ligger i Örebro.");
		browser.assertAccessible();
		browser.submit();
		assertThat(browser.path()).isEqualTo("/enrollments/" + enrollment + "/outcomes");
		assertThat(browser.text("main")).contains("Arbete");
		assertThat(this.jdbc
			.sql("select count(*) from outcome where enrollment_id = ? and kind = 'EMPLOYMENT'"
					+ " and outside_home_municipality and employer_id is not null")
			.param(enrollment)
			.query(Long.class)
			.single()).isEqualTo(1);

		browser.open(vacancy);
		assertThat(browser.text("main")).contains("Tillsatt");
		browser.open(employer);
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
			.until((driver) -> !driver.findElements(By.cssSelector("#hires li")).isEmpty());
		assertThat(browser.text("#hires")).contains("Barnskötare");
		assertThat(browser.text("#employer-contacts")).contains("Säljsamtal", "Behöver en barnskötare");
		browser.assertAccessible();
	}

	private void click(String xpath) {
		this.browser.clickAndWaitForNextPage(this.browser.driver().findElement(By.xpath(xpath)));
	}

}
