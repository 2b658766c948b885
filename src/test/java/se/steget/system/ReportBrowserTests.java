package se.steget.system;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project manager opens the goal report in real Chromium, filters it by municipality,
 * and exports it; the spreadsheet and the PDF hold the figures the page shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steget.demo.enabled=true")
class ReportBrowserTests {

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
	void aProjectManagerFiltersTheGoalReportAndExportsTheSameFigures() throws Exception {
		this.browser.login("projektledare", "steget-demo-1");
		this.browser.clickAndWaitForNextPage(this.browser.driver().findElement(By.linkText("Måluppfyllelse")));
		new Select(this.browser.driver().findElement(By.id("projectId"))).selectByVisibleText("OPIS");
		new Select(this.browser.driver().findElement(By.id("municipality"))).selectByVisibleText("Kalmar");
		this.browser.submit();
		assertThat(this.browser.path()).contains("municipality=0880");
		assertThat(this.browser.text("#project-0")).isEqualTo("OPIS");

		Map<String, String> page = totals(this.browser.driver().findElements(By.cssSelector("#goals-0 tbody tr")));
		assertThat(page).containsKeys("Fullföljer projektet", "Minst 400 deltagare börjar");
		String work = this.browser.driver()
			.findElement(By.xpath("//table[@id='exits-0']//tr[th[text()='Arbete']]/td[4]"))
			.getText();

		byte[] xlsx = download("#export-xlsx");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Map<String, String> sheet = new HashMap<>();
			for (Row row : workbook.getSheet("Mål")) {
				if (row.getRowNum() > 0) {
					assertThat(row.getCell(0).getStringCellValue()).isEqualTo("OPIS");
					sheet.put(row.getCell(1).getStringCellValue(), row.getCell(7).getStringCellValue());
				}
			}
			assertThat(sheet).isEqualTo(page);
			Row workRow = workbook.getSheet("Vid avslut").getRow(1);
			assertThat(workRow.getCell(1).getStringCellValue()).isEqualTo("Arbete");
			assertThat(workRow.getCell(5).getStringCellValue()).isEqualTo(work);
		}
		byte[] pdf = download("#export-pdf");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Kommun: Kalmar.");
			page.forEach((goal, total) -> assertThat(text).containsPattern(goal + " .*" + total));
			assertThat(text).containsPattern("Arbete \\S+ \\S+ \\S+ " + work);
		}
	}

	/** Each goal's name and its total on the page. */
	private static Map<String, String> totals(List<WebElement> rows) {
		Map<String, String> totals = new HashMap<>();
		rows.forEach((row) -> totals.put(row.findElement(By.cssSelector("th span")).getText(),
				row.findElement(By.cssSelector("td.total")).getText()));
		return totals;
	}

	/** Fetches an export link with the browser's session, as a click would. */
	private byte[] download(String link) throws Exception {
		String href = this.browser.driver().findElement(By.cssSelector(link)).getAttribute("href");
		String session = this.browser.driver().manage().getCookieNamed("SESSION").getValue();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "SESSION=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
