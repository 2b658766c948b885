package se.steget.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;

import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.project.ProjectManagement;
import se.steget.project.ProjectPageSection;
import se.steget.project.TrackManagement;
import se.steget.reporting.Breakdown;
import se.steget.reporting.GoalReport;
import se.steget.reporting.OutcomeCell;
import se.steget.reporting.OutcomeCube;
import se.steget.reporting.StarterFacts;

/**
 * Generates data of a size and measures, on it, the figures that must stay fast: the goal
 * report across every project against its bare-SQL floor (and checks that both give the
 * same cells), and one project's dashboard. Writes what it saw as JSON; asserts nothing.
 */
@Component
class Benchmark {

	private static final Logger log = LoggerFactory.getLogger(Benchmark.class);

	private static final int WARMUPS = 3;

	private static final int RUNS = 15;

	private final DataGenerator generator;

	private final StarterFacts facts;

	private final OutcomeCube cube;

	private final Floor floor;

	private final ProjectManagement projects;

	private final TrackManagement tracks;

	private final List<ProjectPageSection> sections;

	private final GoalReport goals;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final DataSource dataSource;

	private final MatchingFigures matchingFigures;

	private final ImportFigures importFigures;

	private final BenchmarkProperties properties;

	Benchmark(DataGenerator generator, StarterFacts facts, OutcomeCube cube, Floor floor, ProjectManagement projects,
			TrackManagement tracks, List<ProjectPageSection> sections, GoalReport goals, JdbcClient jdbc,
			JsonMapper json, Clock clock, DataSource dataSource, MatchingFigures matchingFigures,
			ImportFigures importFigures, BenchmarkProperties properties) {
		this.importFigures = importFigures;
		this.properties = properties;
		this.dataSource = dataSource;
		this.matchingFigures = matchingFigures;
		this.generator = generator;
		this.facts = facts;
		this.cube = cube;
		this.floor = floor;
		this.projects = projects;
		this.tracks = tracks;
		this.sections = sections;
		this.goals = goals;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Generates the data unless this seed's is there, then measures; returns the result.
	 */
	Map<String, Object> run(String size, long seed) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("date", LocalDateTime.now(this.clock).withNano(0).toString());
		result.put("machine", machine());
		result.put("size", size);
		result.put("seed", seed);
		BenchmarkSize named = BenchmarkSize.named(size);
		if (this.jdbc.sql("select count(*) from project where name like ?")
			.param("Skalprojekt " + seed + "-%")
			.query(Long.class)
			.single() == 0) {
			long start = System.nanoTime();
			result.put("generated", this.generator.generate(seed, named));
			result.put("generateSeconds", seconds(start));
			start = System.nanoTime();
			this.facts.rebuild();
			result.put("summaryRebuildSeconds", seconds(start));
			start = System.nanoTime();
			this.jdbc.sql("analyze").update();
			result.put("analyzeSeconds", seconds(start));
		}
		result.put("data", dataSize());
		result.put("figures", this.properties.onlyImports()
				? this.importFigures.measure(named.importRows(), named.importCommitRows()) : figures(named));
		return result;
	}

	/** Runs and writes the JSON under the directory. */
	Path runAndWrite(String size, long seed, Path directory) {
		Map<String, Object> result = run(size, seed);
		try {
			Files.createDirectories(directory);
			Path file = directory.resolve(result.get("date").toString().substring(0, 10) + "-" + size + ".json");
			Files.writeString(file, this.json.writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n");
			log.info("Benchmark written to {}", file);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<Map<String, Object>> figures(BenchmarkSize size) {
		List<Map<String, Object>> figures = new ArrayList<>();
		AccessScope everything = new AccessScope(UUID.randomUUID(), Role.ADMINISTRATOR, Set.of());
		Timing report = time(() -> this.cube.cells(everything));
		Timing bare = time(this.floor::cells);
		List<OutcomeCell> fromReport = this.cube.cells(everything);
		List<OutcomeCell> fromFloor = this.floor.cells();
		Map<String, Object> goal = figure("goalReportAllProjects", report, 250.0);
		goal.put("breakdown", "gender x obstacle x municipality");
		goal.put("cells", fromReport.size());
		goal.put("starters", fromReport.stream().mapToLong(OutcomeCell::starters).sum());
		goal.put("equalToFloor", fromReport.equals(fromFloor));
		goal.put("floorMedianMs", bare.medianMs());
		goal.put("ratioToFloor", Math.round(report.medianMs() / bare.medianMs() * 1000) / 1000.0);
		goal.put("ratioGoal", 1.5);
		figures.add(goal);
		UUID project = projectOfAbout(400);
		AccessScope manager = new AccessScope(UUID.randomUUID(), Role.PROJECT_MANAGER, Set.of(project));
		Timing dashboard = time(() -> projectPage(project, manager));
		Map<String, Object> page = figure("projectDashboard", dashboard, 20.0);
		long participants = participantsIn(project);
		page.put("participants", participants);
		figures.add(page);
		Map<String, Object> projectReport = figure("projectGoalReport",
				time(() -> this.goals.report(project, null, Breakdown.OBSTACLE, manager)), null);
		projectReport.put("participants", participants);
		figures.add(projectReport);
		figures.addAll(this.matchingFigures.measure());
		figures.addAll(this.importFigures.measure(size.importRows(), size.importCommitRows()));
		return figures;
	}

	/**
	 * What the project page reads: the project, its tracks and every module's section.
	 */
	private Model projectPage(UUID project, AccessScope scope) {
		Model model = new ExtendedModelMap();
		model.addAttribute("project", this.projects.get(project, scope));
		model.addAttribute("tracks", this.tracks.tracks(project));
		this.sections.forEach((section) -> section.contribute(project, scope, model));
		return model;
	}

	static Map<String, Object> figure(String name, Timing timing, Double goalMs) {
		Map<String, Object> figure = new LinkedHashMap<>();
		figure.put("name", name);
		figure.put("medianMs", timing.medianMs());
		figure.put("p95Ms", timing.p95Ms());
		if (goalMs != null) {
			figure.put("goalMs", goalMs);
			figure.put("met", timing.medianMs() < goalMs);
		}
		return figure;
	}

	private UUID projectOfAbout(int participants) {
		return this.jdbc
			.sql("select project_id from enrollment group by project_id order by abs(count(*) - ?), project_id limit 1")
			.param(participants)
			.query(UUID.class)
			.single();
	}

	private long participantsIn(UUID project) {
		return this.jdbc.sql("select count(distinct participant_id) from enrollment where project_id = ?")
			.param(project)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> dataSize() {
		Map<String, Object> sizes = new LinkedHashMap<>();
		for (String table : List.of("project", "user_account", "organisation", "participant", "enrollment", "outcome",
				"contact", "activity", "activity_member", "attendance", "outcome_summary", "employer",
				"employer_contact", "vacancy", "job_profile")) {
			sizes.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return sizes;
	}

	private Map<String, Object> machine() {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			machine.put("memoryMb", os.getTotalMemorySize() / (1024 * 1024));
		}
		machine.put("java", System.getProperty("java.version"));
		machine.put("database", database());
		return machine;
	}

	private String database() {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			var meta = connection.getMetaData();
			return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	static Timing time(Supplier<?> work) {
		for (int i = 0; i < WARMUPS; i++) {
			work.get();
		}
		double[] ms = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.get();
			ms[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		java.util.Arrays.sort(ms);
		return new Timing(round(ms[RUNS / 2]), round(ms[(int) Math.ceil(RUNS * 0.95) - 1]));
	}

	private static double seconds(long start) {
		return round((System.nanoTime() - start) / 1_000_000_000.0);
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	record Timing(double medianMs, double p95Ms) {
	}

}
