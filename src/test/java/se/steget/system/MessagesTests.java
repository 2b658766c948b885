package se.steget.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.steget.access.Role;
import se.steget.access.StaffFunction;
import se.steget.activity.ActivityKind;
import se.steget.activity.ActivityResult;
import se.steget.activity.CalendarEntry;
import se.steget.reporting.AgeBand;
import se.steget.reporting.Breakdown;
import se.steget.reporting.EsfIndicator;
import se.steget.reporting.ScbMonth;
import se.steget.outcome.DropoutReason;
import se.steget.reporting.GoalMeasure;
import se.steget.reporting.GoalPopulation;
import se.steget.reporting.Obstacle;
import se.steget.outcome.OutcomeGroup;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeSource;
import se.steget.casework.ContactChannel;
import se.steget.casework.ContactKind;
import se.steget.casework.PlanArea;
import se.steget.casework.StaffActivity;
import se.steget.casework.StepOwner;
import se.steget.casework.StepStatus;
import se.steget.core.Gender;
import se.steget.enrollment.CaseRole;
import se.steget.enrollment.EnrollmentStatus;
import se.steget.enrollment.IntakeOutcome;
import se.steget.enrollment.ExitReason;
import se.steget.enrollment.LimitState;
import se.steget.enrollment.PauseReason;
import se.steget.enrollment.TimelineEvent;
import se.steget.organisation.OrganisationKind;
import se.steget.project.ProjectPhase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps Swedish and English in step, and finds text written into templates instead of the
 * message bundles.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Map<String, Class<? extends Enum<?>>> ENUM_KEYS = Map.ofEntries(
			Map.entry("gender", Gender.class), Map.entry("role", Role.class),
			Map.entry("staffFunction", StaffFunction.class), Map.entry("organisationKind", OrganisationKind.class),
			Map.entry("projectPhase", ProjectPhase.class), Map.entry("enrollmentStatus", EnrollmentStatus.class),
			Map.entry("exitReason", ExitReason.class), Map.entry("pauseReason", PauseReason.class),
			Map.entry("timeline", TimelineEvent.Kind.class), Map.entry("limit", LimitState.class),
			Map.entry("caseRole", CaseRole.class), Map.entry("intakeOutcome", IntakeOutcome.class),
			Map.entry("contactChannel", ContactChannel.class), Map.entry("contactKind", ContactKind.class),
			Map.entry("staffActivity", StaffActivity.class), Map.entry("planArea", PlanArea.class),
			Map.entry("stepOwner", StepOwner.class), Map.entry("stepStatus", StepStatus.class),
			Map.entry("activityKind", ActivityKind.class), Map.entry("activityResult", ActivityResult.class),
			Map.entry("calendar", CalendarEntry.Moment.class), Map.entry("weekday", java.time.DayOfWeek.class),
			Map.entry("myPlan.step", StepOwner.class), Map.entry("myPlan.status", StepStatus.class),
			Map.entry("outcomeKind", OutcomeKind.class), Map.entry("outcomeSource", OutcomeSource.class),
			Map.entry("dropoutReason", DropoutReason.class), Map.entry("breakdown", Breakdown.class),
			Map.entry("ageBand", AgeBand.class), Map.entry("obstacle", Obstacle.class),
			Map.entry("outcomeGroup", OutcomeGroup.class), Map.entry("goalPopulation", GoalPopulation.class),
			Map.entry("goalMeasure", GoalMeasure.class), Map.entry("esfIndicator", EsfIndicator.class),
			Map.entry("esfSection", EsfIndicator.Section.class), Map.entry("scbStatus", ScbMonth.Status.class),
			Map.entry("auditAction", se.steget.access.AuditAction.class),
			Map.entry("placeKind", se.steget.employer.PlaceKind.class),
			Map.entry("vacancySource", se.steget.employer.VacancySource.class),
			Map.entry("vacancyStatus", se.steget.employer.VacancyStatus.class),
			Map.entry("employmentType", se.steget.employer.EmploymentType.class),
			Map.entry("employerContactPurpose", se.steget.employer.EmployerContactPurpose.class),
			Map.entry("employerContactChannel", se.steget.employer.EmployerContactChannel.class),
			Map.entry("proposalStatus", se.steget.matching.ProposalStatus.class),
			Map.entry("declinedBy", se.steget.matching.DeclinedBy.class),
			Map.entry("agreement", se.steget.matching.Agreement.class),
			Map.entry("matchFactor", se.steget.matching.FactorKind.class),
			Map.entry("importStatus", se.steget.imports.ImportStatus.class));

	private final Properties swedish = load("messages.properties");

	private final Properties english = load("messages_en.properties");

	@Test
	void swedishAndEnglishHaveTheSameKeysAndNoEmptyText() {
		assertThat(new TreeSet<>(this.english.stringPropertyNames()))
			.containsExactlyElementsOf(new TreeSet<>(this.swedish.stringPropertyNames()));
		assertThat(this.swedish.values()).allSatisfy((text) -> assertThat(text.toString()).isNotBlank());
		assertThat(this.english.values()).allSatisfy((text) -> assertThat(text.toString()).isNotBlank());
	}

	@Test
	void everyKeyTheTemplatesAndCodeUseExists() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path template : templates()) {
			collect(Files.readString(template), Pattern.compile("#\\{([a-zA-Z.]+)[}(]"), used);
			collect(Files.readString(template), Pattern.compile("'([a-z]+\\.[a-zA-Z.]+)'"), used);
		}
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				collect(Files.readString(source),
						Pattern.compile("\"\\{?((?:error|typeMismatch|imports)\\.[a-zA-Z.]+)\\}?\""), used);
			}
		}
		ENUM_KEYS.forEach((prefix, type) -> {
			for (Enum<?> constant : type.getEnumConstants()) {
				used.add(prefix + "." + constant.name());
			}
		});
		assertThat(used).hasSizeGreaterThan(150);
		assertThat(used).allSatisfy((key) -> assertThat(this.swedish).containsKey(key));
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> found = new ArrayList<>();
		Pattern textNode = Pattern.compile(">([^<]*\\p{L}[^<]*)<");
		Pattern attribute = Pattern.compile("\\s(?:title|alt|placeholder|aria-label)=\"[^\"]*\\p{L}");
		for (Path template : templates()) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("(?s)<style.*?</style>", "");
			Matcher text = textNode.matcher(html.replaceAll("=\"[^\"]*\"", "=\"\""));
			while (text.find()) {
				found.add(template.getFileName() + ": " + text.group(1).strip());
			}
			Matcher attr = attribute.matcher(html);
			while (attr.find()) {
				found.add(template.getFileName() + ": " + attr.group().strip());
			}
		}
		assertThat(found).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).toList();
		}
	}

	private static void collect(String text, Pattern pattern, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	private static Properties load(String name) {
		var properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
