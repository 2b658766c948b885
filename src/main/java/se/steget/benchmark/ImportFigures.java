package se.steget.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.access.AccessManagement;
import se.steget.access.AccessScope;
import se.steget.core.PersonalIdentityNumber;
import se.steget.imports.ImportManagement;
import se.steget.imports.ImportStatus;
import se.steget.imports.ImportView;

/**
 * Imports measured as a user runs them, upload to report: the check of a large
 * participant file, and the import of participants followed by their enrollments into a
 * generated project, each in a transaction that is rolled back afterwards, so that the
 * generated data stays as it was. The people are coordination numbers born in 1931 to
 * 1934, which no generated or test person has.
 */
@Component
class ImportFigures {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportFigures.class);

	/** The most a generated participant row takes, in bytes. */
	private static final int ROW_BYTES = 72;

	private static final LocalDate FIRST_BORN = LocalDate.of(1931, 1, 1);

	private static final String[] MUNICIPALITIES = { "0180", "1480", "1280", "0380", "2480" };

	private final ImportManagement imports;

	private final AccessManagement access;

	private final JdbcClient jdbc;

	private final TransactionTemplate rolledBack;

	private final Clock clock;

	ImportFigures(ImportManagement imports, AccessManagement access, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.clock = clock;
		this.imports = imports;
		this.access = access;
		this.jdbc = jdbc;
		this.rolledBack = new TransactionTemplate(transactions);
	}

	/**
	 * {@code importValidation} on a participant file of that many rows and
	 * {@code importCommit} of that many participants and then their enrollments.
	 */
	List<Map<String, Object>> measure(int validationRows, int committedRows) {
		int most = Math.min(this.imports.limits().maxRows(),
				this.imports.limits().maxFileMegabytes() * 1024 * 1024 / ROW_BYTES);
		if (validationRows > most || committedRows > most) {
			log.warn(
					"The import limits allow {} rows; start with --steget.imports.max-rows={} and"
							+ " --steget.imports.max-file-megabytes={} to measure {}",
					most, validationRows, validationRows * ROW_BYTES / 1024 / 1024 + 1, validationRows);
		}
		validationRows = Math.min(validationRows, most);
		committedRows = Math.min(committedRows, most);
		Staff staff = generatedCoach();
		AccessScope scope = this.access.scopeOf(staff.userId(), this.access.find(staff.userId()).orElseThrow().role());
		return List.of(validation(validationRows, scope), commit(committedRows, staff.projectId(), scope));
	}

	private Map<String, Object> validation(int rows, AccessScope scope) {
		byte[] file = participants(rows);
		Measured measured = rolledBack(() -> {
			UUID job = this.imports.upload("participants", null, "deltagare.csv", file, scope);
			this.imports.startCheck(job, scope);
			this.imports.runHere(job);
			return List.of(job);
		}, (job) -> done(job, scope, ImportStatus.CHECKED));
		Map<String, Object> figure = figure("importValidation", rows, measured, 20_000);
		figure.put("fileMegabytes", Benchmark.round(file.length / 1024.0 / 1024.0));
		figure.put("toCreate", measured.views().get(0).counts().create());
		figure.put("problems", measured.views().get(0).counts().problems());
		return figure;
	}

	private Map<String, Object> commit(int rows, UUID projectId, AccessScope scope) {
		byte[] people = participants(rows);
		byte[] stays = enrollments(rows, LocalDate.now(this.clock));
		double[] participantSeconds = new double[1];
		Measured measured = rolledBack(() -> {
			long start = System.nanoTime();
			UUID participants = this.imports.upload("participants", null, "deltagare.csv", people, scope);
			this.imports.startImport(participants, false, scope);
			this.imports.runHere(participants);
			participantSeconds[0] = Benchmark.round((System.nanoTime() - start) / 1_000_000_000.0);
			UUID enrollments = this.imports.upload("enrollments", projectId, "inskrivningar.csv", stays, scope);
			this.imports.startImport(enrollments, false, scope);
			this.imports.runHere(enrollments);
			return List.of(participants, enrollments);
		}, (job) -> done(job, scope, ImportStatus.IMPORTED));
		Map<String, Object> figure = figure("importCommit", rows, measured, rows / 60.0);
		figure.put("records", "participants, then their enrollments, each all or nothing");
		figure.put("participantSeconds", participantSeconds[0]);
		figure.put("enrollmentSeconds", Benchmark.round(measured.seconds() - participantSeconds[0]));
		figure.put("participantsCreated", measured.views().get(0).counts().create());
		figure.put("enrollmentsCreated", measured.views().get(1).counts().create());
		figure.put("goalSeconds", 60);
		figure.put("met", measured.seconds() < 60);
		return figure;
	}

	private ImportView done(UUID job, AccessScope scope, ImportStatus expected) {
		ImportView view = this.imports.view(job, scope);
		if (view.status() != expected) {
			throw new IllegalStateException("Import " + job + " ended " + view.status() + ": " + view.failure() + " "
					+ view.problems().stream().limit(5).toList());
		}
		return view;
	}

	private static Map<String, Object> figure(String name, int rows, Measured measured, double goalRowsPerSecond) {
		Map<String, Object> figure = new LinkedHashMap<>();
		figure.put("name", name);
		figure.put("rows", rows);
		figure.put("seconds", measured.seconds());
		double perSecond = Math.round(rows / measured.seconds());
		figure.put("rowsPerSecond", perSecond);
		figure.put("goalRowsPerSecond", Math.round(goalRowsPerSecond));
		figure.put("met", perSecond >= goalRowsPerSecond);
		figure.put("peakHeapMb", measured.peakHeapMb());
		figure.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
		return figure;
	}

	/** What a run saw: its time, the most heap in use meanwhile, and its jobs' views. */
	private record Measured(double seconds, long peakHeapMb, List<ImportView> views) {
	}

	/**
	 * Runs the work in a transaction that is rolled back, timing it and sampling the heap
	 * meanwhile; the jobs it ran are then viewed, untimed.
	 */
	private Measured rolledBack(Supplier<List<UUID>> work, java.util.function.Function<UUID, ImportView> views) {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		return this.rolledBack.execute((status) -> {
			status.setRollbackOnly();
			long start = System.nanoTime();
			List<UUID> jobs = work.get();
			double seconds = (System.nanoTime() - start) / 1_000_000_000.0;
			sampler.interrupt();
			return new Measured(Benchmark.round(seconds), peak.get() / (1024 * 1024),
					jobs.stream().map(views).toList());
		});
	}

	/** A participant file as Excel writes it on a Swedish Windows: semicolons, 1252. */
	static byte[] participants(int rows) {
		var csv = new StringBuilder(rows * ROW_BYTES);
		csv.append("Personnummer;Förnamn;Efternamn;Kön;Kommun;Månader arbetslös\r\n");
		for (int i = 0; i < rows; i++) {
			csv.append(number(i).formatted())
				.append(';')
				.append((i % 2 == 0) ? "Åsa" : "Örjan")
				.append(';')
				.append("Importerad ")
				.append(i)
				.append(';')
				.append((i % 2 == 0) ? 'K' : 'M')
				.append(';')
				.append(MUNICIPALITIES[i % MUNICIPALITIES.length])
				.append(';')
				.append(12 + i % 48)
				.append("\r\n");
		}
		return csv.toString().getBytes(java.nio.charset.Charset.forName("windows-1252"));
	}

	/** The same people's enrollments, starting on days of the past year. */
	static byte[] enrollments(int rows, LocalDate today) {
		var csv = new StringBuilder(rows * 30);
		csv.append("Personnummer;Inskriven\n");
		LocalDate firstStart = today.minusYears(1);
		for (int i = 0; i < rows; i++) {
			csv.append(number(i).value()).append(';').append(firstStart.plusDays(i % 300)).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static PersonalIdentityNumber number(int i) {
		return PersonalIdentityNumber.of(FIRST_BORN.plusDays(i / 999), i % 999 + 1, true);
	}

	private record Staff(UUID userId, UUID projectId) {
	}

	/** A generated coach of the generated project with the fewest people. */
	private Staff generatedCoach() {
		return this.jdbc
			.sql("select s.user_id, s.project_id from project_membership s join project p on p.id = s.project_id"
					+ " where p.name like 'Skalprojekt %' order by (select count(*) from enrollment e"
					+ " where e.project_id = p.id), p.id, s.user_id limit 1")
			.query(Staff.class)
			.single();
	}

}
