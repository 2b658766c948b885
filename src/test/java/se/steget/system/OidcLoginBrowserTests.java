package se.steget.system;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login through an identity broker with OpenID Connect, against a real OIDC server that
 * the test starts (mock-oauth2-server), in real Chromium: the broker's username must name
 * a local account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steget.demo.enabled=true")
class OidcLoginBrowserTests {

	private static final MockOAuth2Server BROKER = start();

	@LocalServerPort
	private int port;

	private Browser browser;

	private static MockOAuth2Server start() {
		var server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
		server.start(0);
		return server;
	}

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry registry) {
		String registration = "spring.security.oauth2.client.registration.broker.";
		registry.add(registration + "client-id", () -> "steget");
		registry.add(registration + "client-secret", () -> "steget-secret");
		registry.add(registration + "scope", () -> "openid,profile");
		registry.add("spring.security.oauth2.client.provider.broker.issuer-uri",
				() -> BROKER.issuerUrl("broker").toString());
	}

	@AfterAll
	static void stopBroker() {
		BROKER.shutdown();
	}

	@BeforeEach
	void startBrowser() {
		this.browser = new Browser(this.port);
	}

	@AfterEach
	void stopBrowser() {
		this.browser.close();
	}

	@Test
	void aCoachLogsInThroughTheBrokerAndAnUnknownUserDoesNot() {
		this.browser.open("/login");
		this.browser.assertAccessible();
		this.browser.clickAndWaitForNextPage(this.browser.driver().findElement(By.id("broker-login")));
		this.browser.driver().findElement(By.name("username")).sendKeys("coach");
		this.browser.clickAndWaitForNextPage(this.browser.driver().findElement(By.cssSelector("input[type=submit]")));
		assertThat(this.browser.path()).isEqualTo("/");
		assertThat(this.browser.text("header")).contains("Sara Lund");
		assertThat(this.browser.driver().findElements(By.id("caseload"))).isNotEmpty();

		this.browser.clickAndWaitForNextPage(this.browser.driver().findElement(By.cssSelector("header form button")));
		this.browser.open("/login");
		this.browser.clickAndWaitForNextPage(this.browser.driver().findElement(By.id("broker-login")));
		this.browser.driver().findElement(By.name("username")).sendKeys("okand-person");
		this.browser.clickAndWaitForNextPage(this.browser.driver().findElement(By.cssSelector("input[type=submit]")));
		assertThat(this.browser.path()).startsWith("/login?error");
	}

}
