package se.steget.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.RejectedInputException;
import se.steget.project.ScaleManagement;
import se.steget.project.ScaleView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * OPIS measures the steps of Swedish (higher is better) and the distance to the labour
 * market (lower is better).
 */
@SpringBootTest
class AssessmentIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private AssessmentManagement assessments;

	@Autowired
	private ScaleManagement scales;

	@Autowired
	private TestData data;

	private UUID coach;

	private UUID project;

	private UUID enrollment;

	@BeforeEach
	void opisParticipant() {
		this.coach = this.data.user(Role.STAFF);
		this.project = this.data.projectFrom("opis", this.coach);
		this.enrollment = this.data.enroll(this.data.participant(this.coach, Gender.WOMAN), this.project, this.coach,
				TODAY.minusDays(120));
	}

	@Test
	void computesTheStepProgressionBetweenTheFirstAndTheLatestMeasurement() {
		UUID swedish = scale("Svenska (språksteg)");
		UUID distance = scale("Avstånd till arbetsmarknaden");
		measure(swedish, 90, 2);
		measure(swedish, 60, 3);
		measure(swedish, 10, 4);
		measure(distance, 100, 8);
		measure(distance, 5, 5);

		assertThat(this.assessments.progressions(this.enrollment, scope()))
			.extracting((p) -> p.scale().name(), Progression::steps)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Avstånd till arbetsmarknaden", 3),
					org.assertj.core.groups.Tuple.tuple("Svenska (språksteg)", 2));
		assertThat(this.assessments.ofEnrollment(this.enrollment, scope())).hasSize(5);
	}

	@Test
	void refusesAValueOffTheScaleAndAScaleOfAnotherProject() {
		UUID swedish = scale("Svenska (språksteg)");
		assertThatThrownBy(() -> measure(swedish, 10, 7)).isInstanceOfSatisfying(RejectedInputException.class, (ex) -> {
			assertThat(ex.messageKey()).isEqualTo("error.scoreOutOfRange");
			assertThat(ex.args()).containsExactly(1, 6);
		});
		UUID other = this.data.projectFrom("jobbfokus");
		UUID foreign = this.scales.scales(other).get(0).id();
		assertThatThrownBy(() -> measure(foreign, 10, 2)).isInstanceOfSatisfying(RejectedInputException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.unknownScale"));
		assertThatThrownBy(() -> measure(swedish, 121, 2)).isInstanceOfSatisfying(RejectedInputException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.assessmentBeforeStart"));
		assertThat(this.assessments.ofEnrollment(this.enrollment, scope())).isEmpty();
	}

	private void measure(UUID scale, int daysAgo, int score) {
		this.assessments.record(this.enrollment, new AssessmentForm(scale, TODAY.minusDays(daysAgo), score, this.coach),
				scope());
	}

	private UUID scale(String name) {
		return this.scales.scales(this.project)
			.stream()
			.filter((s) -> s.name().equals(name))
			.map(ScaleView::id)
			.findFirst()
			.orElseThrow();
	}

	private AccessScope scope() {
		return this.data.scope(this.coach);
	}

}
