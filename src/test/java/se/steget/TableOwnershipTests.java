package se.steget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module owns its tables, and another module asks its public API instead of naming
 * them in SQL. The SQL in each module's string literals is read and every table it names
 * compared with the owners below. The crossings that remain are listed one by one as debt
 * (reads only: a report over cases, a name beside a row); a new one fails, and so does a
 * listed one that is gone, so that the list only shrinks.
 */
class TableOwnershipTests {

	private static final Path MAIN = Path.of("src/main/java/se/steget");

	private static final Map<String, Set<String>> OWNERS = Map.ofEntries(
			Map.entry("organisation", Set.of("organisation")),
			Map.entry("project",
					Set.of("project", "project_municipality", "project_organisation", "track", "track_transition",
							"intake_step", "priority_group", "assessment_scale")),
			Map.entry("access",
					Set.of("user_account", "project_membership", "audit_entry", "audit_entry_shown", "audit_head",
							"login_throttle", "api_token")),
			Map.entry("participant",
					Set.of("participant", "participant_sharing", "participant_lookup", "participant_merge")),
			Map.entry("enrollment",
					Set.of("enrollment", "track_change", "pause", "case_staff", "intake_record",
							"enrollment_correction", "intake_correction")),
			Map.entry("casework",
					Set.of("contact", "assessment", "staff_time", "action_plan", "plan_step", "action_plan_revision",
							"document", "casework_correction")),
			Map.entry("activity",
					Set.of("activity", "activity_session", "activity_member", "attendance", "activity_correction")),
			Map.entry("employer",
					Set.of("employer", "workplace", "employer_contact_person", "employer_contact", "vacancy",
							"vacancy_requirement")),
			Map.entry("matching",
					Set.of("job_profile", "job_profile_occupation", "job_profile_tag", "proposal", "proposal_step")),
			Map.entry("outcome", Set.of("follow_up_point", "outcome", "outcome_correction")),
			Map.entry("reporting", Set.of("goal", "scb_report", "starter_fact", "outcome_summary")),
			Map.entry("evaluation", Set.of("pseudonym_key", "comparison_person")),
			Map.entry("privacy", Set.of("retention_run")),
			Map.entry("system", Set.of("spring_session", "spring_session_attributes", "shedlock", "idempotency_key")),
			Map.entry("webhook", Set.of("webhook_subscription", "webhook_message")),
			Map.entry("imports", Set.of("import_job")));

	/**
	 * Reads across modules not yet replaced by an API call: module, then the tables it
	 * reads.
	 */
	private static final Map<String, Set<String>> REMAINING_READS = Map.ofEntries(
			Map.entry("activity", Set.of("project", "participant", "enrollment")),
			Map.entry("casework", Set.of("project", "user_account", "enrollment", "assessment_scale")),
			Map.entry("enrollment", Set.of("project", "user_account", "participant", "track")),
			Map.entry("outcome", Set.of("project", "user_account", "participant", "enrollment")),
			Map.entry("organisation", Set.of("project", "project_organisation")),
			Map.entry("project", Set.of("organisation")),
			Map.entry("reporting", Set.of("participant", "enrollment", "track", "outcome")),
			Map.entry("evaluation", Set.of("participant", "enrollment", "track", "attendance")),
			Map.entry("system", Set.of("enrollment")), Map.entry("demo", Set.of("user_account", "enrollment")),
			Map.entry("employer", Set.of("user_account")),
			Map.entry("matching", Set.of("project", "participant", "enrollment")),
			Map.entry("benchmark", Set.of("project", "participant", "enrollment", "outcome", "job_profile",
					"job_profile_occupation", "vacancy", "project_membership")));

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]++|\\\\.)*+)\"");

	private static final Pattern TABLE = Pattern.compile("\\b(from|join|into|update)\\s+([a-z_]+)");

	private static final Pattern WRITE = Pattern.compile("\\b(into|update|delete from)\\s+([a-z_]+)");

	private static final Pattern CREATE = Pattern.compile("create table (?:if not exists )?([a-z_]+)");

	private static final Pattern DROP = Pattern.compile("drop table (?:if exists )?([a-z_]+)");

	@Test
	void everyTableHasAnOwner() throws IOException {
		Set<String> owned = OWNERS.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
		try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
			Set<String> created = new TreeSet<>();
			Set<String> dropped = new TreeSet<>();
			for (Path migration : migrations.toList()) {
				String sql = Files.readString(migration);
				CREATE.matcher(sql).results().forEach((table) -> created.add(table.group(1)));
				DROP.matcher(sql).results().forEach((table) -> dropped.add(table.group(1)));
			}
			created.removeAll(dropped);
			assertThat(owned).containsAll(created);
		}
	}

	/**
	 * The benchmark's generator is the one exception: it bulk-loads every table with
	 * {@code COPY}, like a restore, and then marks who is enrolled.
	 */
	@Test
	void noModuleWritesAnotherModulesTables() throws IOException {
		Map<String, Set<String>> writes = crossings(WRITE);
		writes.remove("benchmark");
		assertThat(writes).isEmpty();
	}

	@Test
	void onlyTheListedReadsCrossAModuleBoundary() throws IOException {
		assertThat(crossings(TABLE)).isEqualTo(new TreeMap<>(REMAINING_READS));
	}

	/** Per module, the tables of other modules its SQL names. */
	private static Map<String, Set<String>> crossings(Pattern statement) throws IOException {
		Map<String, String> ownerOf = new TreeMap<>();
		OWNERS.forEach((module, tables) -> tables.forEach((table) -> ownerOf.put(table, module)));
		Map<String, Set<String>> crossings = new TreeMap<>();
		try (Stream<Path> modules = Files.list(MAIN)) {
			for (Path module : modules.filter(Files::isDirectory).toList()) {
				String name = module.getFileName().toString();
				Matcher matcher = statement.matcher(sqlOf(module));
				while (matcher.find()) {
					String owner = ownerOf.get(matcher.group(2));
					if (owner != null && !owner.equals(name)) {
						crossings.computeIfAbsent(name, (key) -> new TreeSet<>()).add(matcher.group(2));
					}
				}
			}
		}
		return crossings;
	}

	/** The module's string literals, each file's joined as its SQL is concatenated. */
	private static String sqlOf(Path module) throws IOException {
		StringBuilder sql = new StringBuilder();
		try (Stream<Path> files = Files.list(module)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher literal = LITERAL.matcher(Files.readString(file));
				while (literal.find()) {
					sql.append(literal.group(1)).append(' ');
				}
				sql.append('\n');
			}
		}
		return sql.toString();
	}

}
