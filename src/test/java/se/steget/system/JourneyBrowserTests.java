package se.steget.system;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.steget.TestNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach's day in real Chromium: register a participant, enroll them, record an exit,
 * and see the start page follow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steget.demo.enabled=true")
class JourneyBrowserTests {

	@LocalServerPort
	private int port;

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
	void aCoachRegistersEnrollsAndExitsAParticipant() {
		Browser browser = this.browser;
		browser.login("coach", "steget-demo-1");
		int before = caseload();

		browser.open("/participants/new");
		browser.type("personalIdentityNumber", "19850101-2383");
		browser.type("firstName", "Journey");
		browser.type("lastName", "Testsson");
		new Select(browser.driver().findElement(By.id("gender"))).selectByValue("WOMAN");
		new Select(browser.driver().findElement(By.id("municipalityCode"))).selectByVisibleText("Kalmar");
		browser.submit();
		assertThat(browser.text("#personalIdentityNumber-error")).contains("Ogiltigt personnummer");
		assertThat(browser.driver().findElement(By.id("lastName")).getAttribute("value")).isEqualTo("Testsson");

		browser.type("personalIdentityNumber", TestNumbers.next());
		browser.submit();
		assertThat(browser.errors()).isEmpty();
		assertThat(browser.text("h1")).isEqualTo("Journey Testsson");

		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Skriv in i projekt")));
		assertThat(responsibleChoices()).contains("Mats Holm");
		new Select(browser.driver().findElement(By.id("projectId"))).selectByVisibleText("OPIS");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> !responsibleChoices().contains("Mats Holm"));
		assertThat(responsibleChoices()).contains("Sara Lund", "Omar Haddad", "Lena Nord");
		new Select(browser.driver().findElement(By.id("responsibleUserId"))).selectByVisibleText("Sara Lund");
		browser.setDate("startDate", LocalDate.of(2025, 9, 1));
		browser.driver().findElement(By.cssSelector("input[type=checkbox][name=active]")).click();
		browser.submit();
		assertThat(browser.text("#enrollments")).contains("OPIS", "Aktiv", "2025-09-01");
		assertThat(caseload()).isEqualTo(before + 1);

		assertThat(caseloadRowOf("Journey Testsson")).contains("över normen");
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Journey Testsson")));
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.cssSelector("#enrollments a")));
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Kontaktlogg")));
		browser.type("note", "Ringde och bokade ett vägledande samtal");
		browser.submit();
		assertThat(browser.errors()).isEmpty();
		assertThat(browser.text("#contacts")).contains("Telefon", "Ringde och bokade");
		assertThat(caseloadRowOf("Journey Testsson")).doesNotContain("över normen").endsWith("0");

		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Journey Testsson")));
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.cssSelector("#enrollments a")));
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Bedömningar")));
		new Select(browser.driver().findElement(By.id("scaleId"))).selectByVisibleText("Svenska (språksteg) (1–6)");
		browser.type("score", "9");
		browser.submit();
		assertThat(browser.text("#score-error")).isEqualTo("Värdet ska vara mellan 1 och 6.");
		browser.type("score", "2");
		browser.setDate("assessedOn", LocalDate.of(2025, 9, 2));
		browser.submit();
		new Select(browser.driver().findElement(By.id("scaleId"))).selectByVisibleText("Svenska (språksteg) (1–6)");
		browser.type("score", "4");
		browser.submit();
		assertThat(browser.text("#progression")).contains("Svenska (språksteg)", "+2 steg");

		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Till inskrivningen")));
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Handlingsplan")));
		browser.type("description", "Söka fyra veckors praktik i vården");
		browser.setDate("dueDate", LocalDate.of(2025, 10, 1));
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[text()='Lägg till steget']")));
		assertThat(browser.text("#plan-steps")).contains("Söka fyra veckors praktik i vården", "Planerat");
		assertThat(browser.text("#revisions")).contains("Version 1");
		String enrollment = browser.path().replace("/plan", "");

		browser.open(enrollment);
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("OPIS")));
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Aktiviteter")));
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Ny aktivitet")));
		browser.type("title", "Gruppstart september");
		browser.setDate("startDate", LocalDate.of(2025, 9, 8));
		browser.type("capacity", "12");
		new Select(browser.driver().findElement(By.id("enrollmentId"))).selectByVisibleText("Journey Testsson");
		browser.type("topics", "Introduktion\nGruppens utveckling\nMotivation");
		browser.submit();
		assertThat(browser.errors()).isEmpty();
		assertThat(browser.text("#members")).contains("Journey Testsson");
		assertThat(browser.text("#sessions")).contains("2025-09-08", "Introduktion", "2025-09-10", "Motivation");
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.cssSelector("#sessions tbody tr a")));
		browser.driver().findElement(By.cssSelector("#attendance input[type=checkbox]")).click();
		browser.submit();
		assertThat(browser.driver()
			.findElement(By.xpath("//table[@id='sessions']//tr[td[text()='2025-09-08']]"))
			.getText()).contains("1: 1 kvinnor");

		browser.open(enrollment);
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Ny praktik")));
		assertThat(new Select(browser.driver().findElement(By.id("kind"))).getFirstSelectedOption().getText())
			.isEqualTo("Praktik");
		browser.type("title", "Praktik i vården");
		new Select(browser.driver().findElement(By.id("employerId"))).selectByVisibleText("Vätterns Omsorg AB");
		browser.setDate("startDate", LocalDate.of(2025, 9, 15));
		browser.setDate("endDate", LocalDate.of(2025, 9, 12));
		browser.submit();
		assertThat(browser.text("#endDate-error")).isEqualTo("Slutdatum kan inte vara före startdatum.");
		assertThat(new Select(browser.driver().findElement(By.id("employerId"))).getFirstSelectedOption().getText())
			.isEqualTo("Vätterns Omsorg AB");
		browser.setDate("endDate", null);
		browser.submit();
		assertThat(browser.text("main")).contains("2025-09-15 – 2025-10-12", "Vätterns Omsorg AB");

		browser.open(enrollment + "/hours?month=2025-09");
		assertThat(browser.text("#month-total")).contains("Summa 3 timmar på 1 dagar");
		browser.open(enrollment);
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Journey Testsson")));
		assertThat(browser.text("#timeline")).contains("Praktik i OPIS: Praktik i vården",
				"Gruppverksamhet i OPIS: Gruppstart september", "Kontakt i OPIS: Telefon");

		browser.open("/participants");
		browser.type("q", "Journey");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
			.until((driver) -> driver.findElements(By.cssSelector("#results tbody tr")).size() == 1);
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Journey Testsson")));
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.cssSelector("#enrollments a")));
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Registrera avslut")));
		browser.setDate("exitDate", LocalDate.of(2025, 8, 1));
		new Select(browser.driver().findElement(By.id("exitReason"))).selectByValue("EMPLOYMENT");
		browser.submit();
		assertThat(browser.text("#exitDate-error")).contains("före startdatumet");

		browser.setDate("exitDate", LocalDate.now());
		browser.submit();
		assertThat(browser.text("main")).contains("Avslutad", "Arbete");
		new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText("Anställning");
		new Select(browser.driver().findElement(By.id("fullTime"))).selectByVisibleText("Heltid");
		browser.submit();
		assertThat(browser.errors()).isEmpty();
		assertThat(browser.text("#outcomes")).contains("Vid avslut", "Anställning");
		assertThat(caseload()).isEqualTo(before);
	}

	private List<String> responsibleChoices() {
		return new Select(this.browser.driver().findElement(By.id("responsibleUserId"))).getOptions()
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private String caseloadRowOf(String name) {
		this.browser.open("/");
		return this.browser.driver()
			.findElement(By.xpath("//table[@id='caseload']//tr[td/a[text()='" + name + "']]"))
			.getText();
	}

	private int caseload() {
		this.browser.open("/");
		String caption = this.browser.text("#caseload caption");
		return Integer.parseInt(caption.replaceAll(".*\\((\\d+)\\).*", "$1"));
	}

}
