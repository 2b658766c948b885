package se.steget.crash;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import se.steget.crash.Ledger.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash suite: Steget on PostgreSQL under a mixed write load, killed with SIGKILL at
 * random moments while writes are in flight, restarted each time, and then checked: no
 * acknowledged write lost, none made twice, every change audited, the audit chain intact,
 * and the kept summaries equal to a rebuild after every restart. Not part of the ordinary
 * suite (its name does not end in Tests); {@code bench/crash.sh} runs it.
 * <p>
 * Settings (system properties): {@code steget.crash.kills} (5),
 * {@code steget.crash.writers} (6), {@code steget.crash.jar} (the packaged jar) and
 * {@code steget.crash.result} (where the figures go, {@code target/crash.json}).
 */
class CrashSuite {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int kills = Integer.getInteger("steget.crash.kills", 5);

	private final int writers = Integer.getInteger("steget.crash.writers", 6);

	private final String jar = System.getProperty("steget.crash.jar", "target/steget-0.1.0-SNAPSHOT.jar");

	private final Path result = Path.of(System.getProperty("steget.crash.result", "target/crash.json"));

	@Test
	void noAcknowledgedWriteIsLostMadeTwiceOrLeftUnaudited() throws Exception {
		String database = "steget_crash_" + System.currentTimeMillis();
		admin("create database " + database);
		Files.createDirectories(Path.of("target"));
		File log = Path.of("target", "crash-steget.log").toFile();
		var steget = new StegetProcess(this.jar, database, freePort(), log);
		try {
			Map<String, Object> figures = run(steget, new Verification(database));
			Files.createDirectories(this.result.toAbsolutePath().getParent());
			JSON.writerWithDefaultPrettyPrinter().writeValue(this.result.toFile(), figures);
			assertThat(figures).containsEntry("writerFailures", List.of())
				.containsEntry("killsMidWrite", this.kills)
				.containsEntry("lost", 0L)
				.containsEntry("duplicates", 0L)
				.containsEntry("unaudited", 0L)
				.containsEntry("auditedWithoutChange", 0L)
				.containsEntry("auditChainIntact", true)
				.containsEntry("summariesDifferingFromRebuild", 0);
		}
		finally {
			steget.stop();
			if (!Boolean.getBoolean("steget.crash.keep")) {
				admin("drop database if exists " + database + " with (force)");
			}
		}
	}

	private Map<String, Object> run(StegetProcess steget, Verification verification) throws Exception {
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		steget.start();
		steget.release();
		var coach = new Api(steget.base(), "coach", "steget-demo-1");
		UUID project = runningProject(coach, today);
		var ledger = new Ledger();
		List<CaseWriter> writing = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < this.writers; i++) {
			var writer = new CaseWriter(i, coach, steget, ledger, project, today);
			writing.add(writer);
			Thread thread = new Thread(writer, "writer-" + i);
			thread.start();
			threads.add(thread);
		}
		int midWrite = 0;
		int inFlightAtKills = 0;
		int summariesDiffering = 0;
		for (int kill = 0; kill < this.kills; kill++) {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1000, 4000));
			int inFlight = awaitWritesInFlight(coach);
			steget.kill();
			midWrite += (inFlight > 0) ? 1 : 0;
			inFlightAtKills += inFlight;
			steget.start();
			summariesDiffering += verification.summariesEqualRebuild() ? 0 : 1;
			steget.release();
		}
		Thread.sleep(1000);
		writing.forEach(CaseWriter::stop);
		for (Thread thread : threads) {
			thread.join(Duration.ofMinutes(2).toMillis());
		}
		summariesDiffering += verification.summariesEqualRebuild() ? 0 : 1;
		List<String> failures = writing.stream()
			.filter((writer) -> writer.failure() != null)
			.map((writer) -> String.valueOf(writer.failure()))
			.toList();
		Map<Kind, Long> audited = verification.auditedChanges("coach");
		long unaudited = 0;
		long auditedWithoutChange = 0;
		Map<String, Object> byKind = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			long acknowledged = ledger.count(kind);
			unaudited += Math.max(0, acknowledged - audited.get(kind));
			auditedWithoutChange += Math.max(0, audited.get(kind) - acknowledged);
			byKind.put(kind.name().toLowerCase(), Map.of("acknowledged", acknowledged, "audited", audited.get(kind)));
		}
		var admin = new Api(steget.base(), "admin", "steget-demo-1");
		JsonNode chain = JSON
			.readTree(admin.write("POST", "/api/v1/audit/verify", "{}", UUID.randomUUID().toString()).body());
		List<Ledger.Write> writes = ledger.writes();
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("date", LocalDate.now().toString());
		figures.put("database", "PostgreSQL");
		figures.put("writers", this.writers);
		figures.put("kills", this.kills);
		figures.put("killsMidWrite", midWrite);
		figures.put("writesInFlightAtKills", inFlightAtKills);
		figures.put("acknowledged", (long) writes.size());
		figures.put("retriedAfterKill", writes.stream().filter(Ledger.Write::retried).count());
		figures.put("savedBeforeKillButUnanswered", writes.stream().filter(Ledger.Write::committedBeforeKill).count());
		figures.put("cases", ledger.cases());
		figures.put("lost", verification.lost(ledger));
		figures.put("duplicates", verification.duplicates(ledger));
		figures.put("unaudited", unaudited);
		figures.put("auditedWithoutChange", auditedWithoutChange);
		figures.put("auditChainIntact", chain.path("checked").asLong() > 0 && chain.path("brokenAt").isNull());
		figures.put("auditEntriesChecked", chain.path("checked").asLong());
		figures.put("auditChainBrokenAt", chain.path("brokenAt").asString(null));
		figures.put("summariesChecked", this.kills + 1);
		figures.put("summariesDifferingFromRebuild", summariesDiffering);
		figures.put("byKind", byKind);
		figures.put("writerFailures", failures);
		figures.put("seconds", Duration.ofNanos(System.nanoTime() - started).toSeconds());
		return figures;
	}

	/**
	 * Waits, a few seconds at most, until a write is on its way: the kill lands
	 * mid-write.
	 */
	private static int awaitWritesInFlight(Api api) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (api.inFlight() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(1);
		}
		return api.inFlight();
	}

	/** The coach's first project that runs today. */
	private static UUID runningProject(Api api, LocalDate today) throws Exception {
		for (JsonNode project : JSON.readTree(api.get("/api/v1/projects").body()).get("content")) {
			if (!today.isBefore(LocalDate.parse(project.get("periodStart").asString()))
					&& !today.isAfter(LocalDate.parse(project.get("periodEnd").asString()))) {
				return UUID.fromString(project.get("id").asString());
			}
		}
		throw new IllegalStateException("The demo coach has no project that runs today");
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
				"postgres", ""); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
