package se.steget.system;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.steget.TestData;
import se.steget.TestNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import in real Chromium, as a coach moving a project's spreadsheet into Steget: a
 * thousand people in a Windows-1252 file from Excel, one column mapped by hand, a check
 * that names row 17's bad number and row 40's repeat of row 3, the rows with errors
 * downloaded, the fixed file (its columns remembered) imported with its progress on the
 * page, and the people found in the participant list. Every page passes the axe scan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steget.demo.enabled=true")
class ImportJourneyBrowserTests {

	private static final int ROWS = 1000;

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
	void aCoachImportsASpreadsheetFixesItsBadRowsAndFindsThePeople() throws IOException {
		Browser browser = this.browser;
		String surname = TestData.unique("Öhman");
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			numbers.add(TestNumbers.next());
		}
		List<String> bad = new ArrayList<>(numbers);
		bad.set(15, "19850101-2383");
		bad.set(38, numbers.get(1));
		browser.login("coach", "steget-demo-1");

		upload(file(bad, surname));
		assertThat(browser.text("#preview")).contains("Åsa", surname);
		assertThat(
				new Select(browser.driver().findElement(By.id("column-firstName"))).getFirstSelectedOption().getText())
			.as("no header says first name")
			.isEqualTo("Ingen kolumn");
		browser.assertAccessible();
		new Select(browser.driver().findElement(By.id("column-firstName"))).selectByVisibleText("Namn");
		browser.clickAndWaitForNextPage(
				browser.driver().findElement(By.xpath("//button[text()='Spara val och läs om filen']")));

		browser.clickAndWaitForNextPage(
				browser.driver().findElement(By.xpath("//button[text()='Kontrollera alla rader']")));
		browser.waitFor("#problems");
		assertThat(browser.text("#problems")).contains("19850101-2383");
		assertThat(browser.driver()
			.findElements(By.cssSelector("#problems tbody td:first-child"))
			.stream()
			.map((cell) -> cell.getText())
			.distinct()
			.toList()).containsExactlyInAnyOrder("3", "17", "40");
		browser.assertAccessible();
		String problems = browser.driver()
			.findElement(By.linkText("Ladda ner raderna med fel som Excel-fil"))
			.getAttribute("href");
		Object downloaded = browser.driver()
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ " fetch(arguments[0]).then((r) => r.arrayBuffer().then((b) => done(r.status + ' '"
					+ " + r.headers.get('content-type') + ' ' + b.byteLength)))", problems);
		assertThat(downloaded.toString()).startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml");

		upload(file(numbers, surname));
		assertThat(
				new Select(browser.driver().findElement(By.id("column-firstName"))).getFirstSelectedOption().getText())
			.as("the columns chosen for the same layout")
			.isEqualTo("Namn");
		browser.clickAndWaitForNextPage(
				browser.driver().findElement(By.xpath("//button[text()='Kontrollera alla rader']")));
		browser.waitFor("#counts");
		assertThat(browser.text("#report")).contains("Alla rader kan importeras");
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.xpath("//button[text()='Importera']")));
		assertThat(browser.text("#run")).as("a thousand rows take a moment").contains("Importeras", "%");
		browser.assertAccessible();
		// the page asks for the progress until the import is done, then shows the result
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElements(By.id("run")).isEmpty()
					&& browser.text("#report h2").equals("Resultat"));
		assertThat(browser.text("h1")).contains("deltagare.csv");
		assertThat(browser.text("#counts")).contains("Lades till", String.valueOf(ROWS));

		browser.open("/participants?q=" + surname);
		assertThat(browser.text("#results")).contains("Åsa " + surname);
		browser.assertAccessible();
	}

	private void upload(Path file) throws IOException {
		this.browser.open("/imports");
		this.browser.driver().findElement(By.id("file")).sendKeys(file.toString());
		this.browser.submit();
		Files.delete(file);
	}

	/** A file as Excel saves it: semicolons, Windows-1252, a header of its own. */
	private static Path file(List<String> numbers, String surname) throws IOException {
		StringBuilder text = new StringBuilder("Personnummer;Namn;Efternamn;Kön;Kommun\r\n");
		numbers.forEach((number) -> text.append(number).append(";Åsa;").append(surname).append(";K;Kalmar\r\n"));
		Path file = Files.createTempDirectory("import").resolve("deltagare.csv");
		Files.writeString(file, text, Charset.forName("windows-1252"));
		return file;
	}

}
