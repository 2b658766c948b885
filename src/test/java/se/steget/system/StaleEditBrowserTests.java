package se.steget.system;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two staff members in two browsers open the same participant's edit form; each changes a
 * different field and saves. The first save stands; the second is refused with what the
 * first saved beside what the second typed, the second's input kept; only a deliberate
 * second save keeps the second's values.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaleEditBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private TestData data;

	private Browser first;

	private Browser second;

	@BeforeEach
	void startBrowsers() {
		this.first = new Browser(this.port);
		this.second = new Browser(this.port);
	}

	@AfterEach
	void stopBrowsers() {
		this.first.close();
		this.second.close();
	}

	@Test
	void theSecondOfTwoSavesIsRefusedWithBothVersionsShown() {
		UUID coach = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.project(coach, manager);
		UUID participant = this.data.participant(coach, Gender.WOMAN);
		this.data.enroll(participant, project, coach, LocalDate.of(2026, 3, 2));
		String edit = "/participants/" + participant + "/edit";

		this.first.login(this.data.username(coach), TestData.PASSWORD);
		this.second.login(this.data.username(manager), TestData.PASSWORD);
		this.first.open(edit);
		this.second.open(edit);

		this.first.type("monthsUnemployed", "30");
		this.first.submit();
		assertThat(this.first.path()).isEqualTo("/participants/" + participant);

		new Select(this.second.driver().findElement(By.id("municipalityCode"))).selectByVisibleText("Örebro");
		this.second.submit();
		assertThat(this.second.path()).isEqualTo(edit);
		assertThat(this.second.text("#version-error")).contains("Någon annan har sparat en ändring");
		String table = this.second.text(".stale table");
		assertThat(table).contains("Månader inskriven som arbetslös").contains("30");
		assertThat(table).contains("Hemkommun").contains("Kalmar").contains("Örebro");
		assertThat(new Select(this.second.driver().findElement(By.id("municipalityCode"))).getFirstSelectedOption()
			.getText()).isEqualTo("Örebro");
		this.second.assertAccessible();

		this.second.open("/participants/" + participant);
		assertThat(this.second.text("main")).contains("Kalmar").doesNotContain("Örebro");

		this.second.open(edit);
		new Select(this.second.driver().findElement(By.id("municipalityCode"))).selectByVisibleText("Örebro");
		this.second.submit();
		assertThat(this.second.path()).isEqualTo("/participants/" + participant);
		this.second.open(edit);
		assertThat(this.second.driver().findElement(By.id("monthsUnemployed")).getAttribute("value")).isEqualTo("30");
	}

}
