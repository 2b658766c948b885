package se.steget.system;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.steget.TestData;
import se.steget.TestNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project manager creates a project from the job and development guarantee's template,
 * renames a phase and changes its day limit, and takes a person into it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steget.demo.enabled=true")
class TemplateBrowserTests {

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
	void createsAProjectFromATemplateAndTakesAPersonIntoAPhase() {
		Browser browser = this.browser;
		browser.login("projektledare", "steget-demo-1");
		String name = TestData.unique("Garantin Kalmar");

		browser.open("/projects/new");
		new Select(browser.driver().findElement(By.id("templateKey")))
			.selectByVisibleText("Jobb- och utvecklingsgarantin");
		browser.type("name", name);
		new Select(browser.driver().findElement(By.id("phase"))).selectByValue("IMPLEMENTATION");
		browser.setDate("periodStart", LocalDate.now().minusYears(1));
		browser.setDate("periodEnd", LocalDate.now().plusYears(1));
		browser.submit();
		assertThat(browser.errors()).isEmpty();
		assertThat(browser.text("h1")).isEqualTo(name);
		assertThat(browser.text("#tracks")).contains("Fas 1", "Fas 2", "Fas 3", "150", "450");

		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Fas 1")));
		browser.type("name", "Fas 1 – kartläggning");
		browser.type("maxDays", "-5");
		browser.submit();
		assertThat(browser.text("#maxDays-error")).isEqualTo("Får inte vara negativt.");
		assertThat(browser.driver().findElement(By.id("name")).getAttribute("value")).isEqualTo("Fas 1 – kartläggning");
		browser.type("maxDays", "120");
		browser.submit();
		assertThat(browser.text("#tracks tbody tr:first-child th")).contains("Fas 1 – kartläggning");
		assertThat(browser.text("#tracks tbody tr:first-child td.number")).isEqualTo("120");

		browser.open("/participants/new");
		browser.type("personalIdentityNumber", TestNumbers.next());
		browser.type("firstName", "Mall");
		browser.type("lastName", "Testsson");
		new Select(browser.driver().findElement(By.id("gender"))).selectByValue("MAN");
		new Select(browser.driver().findElement(By.id("municipalityCode"))).selectByVisibleText("Kalmar");
		browser.submit();
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Skriv in i projekt")));
		new Select(browser.driver().findElement(By.id("projectId"))).selectByVisibleText(name);
		browser.setDate("startDate", LocalDate.now().minusDays(10));
		browser.submit();
		assertThat(browser.errors()).isEmpty();

		browser.clickAndWaitForNextPage(browser.driver().findElement(By.cssSelector("#enrollments a")));
		assertThat(browser.text("#intake")).contains("Anvisning", "ej genomfört");
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Registrera intagssteg")));
		assertThat(browser.text("main h2")).isEqualTo("Nästa steg: Anvisning");
		browser.setDate("recordedOn", LocalDate.now().minusDays(10));
		browser.submit();
		assertThat(browser.text("#intake")).contains("Anvisning", "Går vidare");
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Byt spår")));
		new Select(browser.driver().findElement(By.id("trackId"))).selectByVisibleText("Fas 3");
		browser.submit();
		assertThat(browser.text("#trackId-error")).contains("inte det bytet");
		new Select(browser.driver().findElement(By.id("trackId"))).selectByVisibleText("Fas 1 – kartläggning");
		browser.setDate("changedOn", LocalDate.now().minusDays(10));
		browser.type("reason", "Kartläggning påbörjad");
		browser.submit();
		assertThat(browser.text("main")).contains("Fas 1 – kartläggning sedan", "10 av 120", "Aktiv");

		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Till deltagaren")));
		assertThat(browser.text("#timeline")).contains("Till Fas 1 – kartläggning i " + name, "Kartläggning påbörjad");
	}

}
