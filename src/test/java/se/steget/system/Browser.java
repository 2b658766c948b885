package se.steget.system;

import java.io.File;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by its ChromeDriver, headless and offline, with an axe-core
 * scan for WCAG 2.1 A and AA.
 */
final class Browser implements AutoCloseable {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private final ChromeDriver driver;

	private final String base;

	Browser(int port) {
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		var options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=sv-SE");
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		this.base = "http://localhost:" + port;
	}

	ChromeDriver driver() {
		return this.driver;
	}

	void open(String path) {
		this.driver.get(this.base + path);
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	void login(String username, String password) {
		open("/login");
		List<WebElement> logout = this.driver.findElements(By.cssSelector("header form button"));
		if (!logout.isEmpty()) {
			clickAndWaitForNextPage(logout.get(0));
		}
		type("username", username);
		type("password", password);
		submit();
		assertThat(path()).isEqualTo("/");
	}

	void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Sets a date field the way a date picker would, whatever the browser's locale. */
	void setDate(String id, LocalDate date) {
		this.driver.executeScript("arguments[0].value = arguments[1]", this.driver.findElement(By.id(id)),
				(date != null) ? date.toString() : "");
	}

	/** Submits the page's form and waits for the next page to load. */
	void submit() {
		clickAndWaitForNextPage(this.driver.findElement(By.cssSelector("main form button.primary")));
	}

	void clickAndWaitForNextPage(WebElement element) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		element.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> gone(page));
	}

	/** Waits for an element to be on the page, as after a job run in the background. */
	void waitFor(String css) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until((driver) -> !driver.findElements(By.cssSelector(css)).isEmpty());
	}

	/** Whether the element has left the page: Chromium says so in more than one way. */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	/** The error messages the page shows next to its fields. */
	List<String> errors() {
		return this.driver.findElements(By.cssSelector("main .error")).stream().map(WebElement::getText).toList();
	}

	String text(String css) {
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	/** The first link inside {@code css}, as a path. */
	String firstLink(String css) {
		return this.driver.findElement(By.cssSelector(css + " a")).getAttribute("href").substring(this.base.length());
	}

	/** Scans the page that is open and fails with every WCAG 2.1 AA violation found. */
	void assertAccessible() {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(this.driver);
		assertThat(results.getViolations()).as("axe violations on %s:%n%s", path(), describe(results.getViolations()))
			.isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes().stream().map((node) -> node.getHtml()).collect(Collectors.joining(" | ")))
			.collect(Collectors.joining("\n"));
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
