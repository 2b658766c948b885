package se.steget.imports;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessManagement;
import se.steget.access.AccessScope;
import se.steget.access.AuditLog;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;
import se.steget.imports.ImportJob.FileType;
import se.steget.reporting.StarterFacts;

/**
 * The imports module's public API: a file is uploaded as a job, read with the choices the
 * user makes on its page (encoding, delimiter, sheet, columns), checked as often as they
 * like without writing anything, and then imported: all or nothing, or the good rows
 * only. A job is its creator's alone.
 */
@Service
@Transactional(readOnly = true)
public class ImportManagement {

	static final int PREVIEW_ROWS = 5;

	private final ImportJobs jobs;

	private final JdbcClient jdbc;

	private final Map<String, ImportKind> kinds = new java.util.LinkedHashMap<>();

	private final ImportProperties properties;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ImportRuns runs;

	private final AccessManagement access;

	private final AuditLog auditLog;

	private final StarterFacts facts;

	ImportManagement(ImportJobs jobs, JdbcClient jdbc, List<ImportKind> kinds, ImportProperties properties,
			MessageSource messages, JsonMapper json, Clock clock, ApplicationEventPublisher events, ImportRuns runs,
			AccessManagement access, AuditLog auditLog, StarterFacts facts) {
		this.facts = facts;
		this.runs = runs;
		this.access = access;
		this.auditLog = auditLog;
		this.events = events;
		this.jobs = jobs;
		this.jdbc = jdbc;
		kinds.forEach((kind) -> this.kinds.put(kind.name(), kind));
		this.properties = properties;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Keeps the file as a new job, once it is known to be a table Steget can read.
	 * @throws RejectedInputException on the field {@code file}: empty, too large, of a
	 * kind not read, or unreadable
	 */
	@Transactional
	public UUID upload(String kindName, UUID projectId, String fileName, byte[] content, AccessScope scope) {
		requireImporter(scope);
		ImportKind kind = this.kinds.get((kindName == null) ? "" : kindName);
		if (kind == null || !kind.allowedFor(scope)) {
			throw new RejectedInputException("kind", "imports.error.kind");
		}
		if (kind.inProject() && projectId == null) {
			throw new RejectedInputException("projectId", "error.required");
		}
		if (kind.inProject() && !scope.canSeeProject(projectId)) {
			throw new RejectedInputException("projectId", "imports.error.project");
		}
		if (content.length == 0) {
			throw new RejectedInputException("file", "imports.error.noFile");
		}
		if (content.length > this.properties.maxFileBytes()) {
			throw new RejectedInputException("file", "imports.error.tooLarge", this.properties.maxFileMegabytes());
		}
		FileType type = ImportFiles.typeOf(fileName, content);
		var job = ImportJob.upload(kind.name(), kind.inProject() ? projectId : null, ImportFiles.plainName(fileName),
				type, content, ImportFiles.sha256(content), scope.userId(), LocalDateTime.now(this.clock));
		ImportTable table = ImportFiles.read(job, this.properties.maxRows());
		String layout = ImportFiles.layout(kind, table.header());
		String columns = earlierMapping(scope, job.getProjectId(), layout)
			.orElseGet(() -> ColumnMapping.matched(table.header(), kind.columns(), this::label).kept());
		job.choose(null, null, null, columns, layout);
		return this.jobs.save(job).getId();
	}

	/**
	 * The job as its page shows it: the file's first rows as read, the columns, the
	 * latest report.
	 */
	public ImportView view(UUID id, AccessScope scope) {
		ImportJob job = load(id, scope);
		boolean kept = job.getContent() != null;
		ImportTable table = kept ? ImportFiles.read(job, this.properties.maxRows()) : ImportTable.erased();
		ColumnMapping mapping = mapping(job, table);
		ImportReport report = report(job);
		return ImportView.of(job, kind(job), table, mapping,
				CsvView.of(job, (kept && job.getFileType() == FileType.CSV) ? ImportFiles.decoded(job) : null), report,
				PREVIEW_ROWS,
				(kept && job.getFileType() == FileType.XLSX) ? SpreadsheetReading.sheets(job.getContent()) : List.of());
	}

	/**
	 * Where a job's check or import stands, without reading its file: what the page asks
	 * every few seconds while it runs.
	 */
	public ImportView.Run run(UUID id, AccessScope scope) {
		ImportJob job = load(id, scope);
		return new ImportView.Run(job.getId(), job.getStatus(),
				new ImportView.Progress(job.getProgressDone(), job.getProgressTotal()));
	}

	/** The largest file, in megabytes, and the most rows an import takes. */
	public Limits limits() {
		return new Limits(this.properties.maxFileMegabytes(), this.properties.maxRows());
	}

	/** How large a file an import takes. */
	public record Limits(int maxFileMegabytes, int maxRows) {
	}

	/** The names of the kinds of record that the user may import. */
	public List<String> kinds(AccessScope scope) {
		return this.kinds.values().stream().filter((kind) -> kind.allowedFor(scope)).map(ImportKind::name).toList();
	}

	/** The columns a job's kind takes. */
	List<ImportColumn> columns(UUID id, AccessScope scope) {
		return kind(load(id, scope)).columns();
	}

	/** The user's latest jobs, newest first. */
	public List<ImportView.Summary> list(AccessScope scope) {
		requireImporter(scope);
		return this.jdbc
			.sql("select id, file_name, status, created_at, checked_at, imported_at, created_count, updated_count"
					+ " from import_job where created_by = ? order by created_at desc limit 50")
			.param(scope.userId())
			.query(ImportView.Summary.class)
			.list();
	}

	/**
	 * New choices for reading the file; the columns are field to column number, a field
	 * left out has no column.
	 */
	@Transactional
	public void choose(UUID id, ImportChoices choices, Integer version, AccessScope scope) {
		ImportJob job = load(id, scope);
		StaleEditException.check(version, job.getVersion());
		String charset = (choices.charset() == null || choices.charset().isBlank()) ? null : choices.charset();
		if (charset != null && CsvDecoding.CHOICES.stream().noneMatch((c) -> c.name().equals(charset))) {
			throw new RejectedInputException("charset", "imports.error.charset");
		}
		String delimiter = (choices.delimiter() == null || choices.delimiter().isEmpty()) ? null
				: choices.delimiter().equals("tab") ? "\t" : choices.delimiter();
		if (delimiter != null && !(delimiter.length() == 1 && CsvDecoding.DELIMITERS.contains(delimiter.charAt(0)))) {
			throw new RejectedInputException("delimiter", "imports.error.delimiter");
		}
		job.choose(charset, delimiter, blankToNull(choices.sheet()), null, null);
		ImportTable table = ImportFiles.read(job, this.properties.maxRows());
		ColumnMapping mapping = (choices.columns() == null)
				? ColumnMapping.matched(table.header(), kind(job).columns(), this::label)
				: ColumnMapping.chosen(table.header(), choices.columns());
		job.choose(charset, delimiter, blankToNull(choices.sheet()), mapping.kept(),
				ImportFiles.layout(kind(job), table.header()));
		StaleEdits.refused(() -> this.jobs.save(job));
	}

	/**
	 * Queues a check of every row with the job's choices, which writes nothing but the
	 * report; a worker runs it in the background.
	 */
	@Transactional
	public void startCheck(UUID id, AccessScope scope) {
		ImportJob job = load(id, scope);
		requireColumns(job);
		job.startCheck();
		StaleEdits.refused(() -> this.jobs.save(job));
		this.runs.afterCommit(id);
	}

	/**
	 * Queues the import of the job, which a worker runs in the background, checked again
	 * against the register as it is then: every row, or nothing when one cannot be
	 * imported; or with {@code goodRowsOnly} the rows that can, the others left in the
	 * report. Importing a file again changes nothing: its rows match the records the
	 * first import made.
	 * @throws RejectedInputException on {@code rows} when the latest check found rows
	 * that stop an all-or-nothing import
	 */
	@Transactional
	public void startImport(UUID id, boolean goodRowsOnly, AccessScope scope) {
		ImportJob job = load(id, scope);
		ImportReport latest = report(job);
		if (!goodRowsOnly && latest != null && !latest.clean()) {
			throw notClean(latest);
		}
		requireColumns(job);
		job.startImport(goodRowsOnly);
		StaleEdits.refused(() -> this.jobs.save(job));
		this.runs.afterCommit(id);
	}

	/**
	 * Runs the job's queued check or import as its creator, in the caller's transaction,
	 * telling the progress of each row: the check writes its report; the import writes
	 * its records, its report and its audit entry, or, when the register has changed so
	 * that rows can no longer be imported all or nothing, writes nothing and fails with
	 * the new report.
	 */
	@Transactional
	void run(UUID id, ImportProgress progress) {
		ImportJob job = this.jobs.findById(id).orElseThrow(() -> new NotFoundException("Import"));
		AccessScope scope = this.access.scopeOf(job.getCreatedBy(),
				this.access.find(job.getCreatedBy())
					.orElseThrow(() -> new IllegalStateException("No such user"))
					.role());
		ImportTable table = ImportFiles.read(job, this.properties.maxRows());
		boolean importing = job.getStatus() == ImportStatus.IMPORTING;
		job.running(table.size());
		progress.total(job.getProgressTotal());
		requireColumns(job, table);
		if (!importing) {
			ImportReport report = kind(job).check(table, mapping(job, table), job.getProjectId(), scope, progress);
			job.checked(this.json.writeValueAsString(report), LocalDateTime.now(this.clock));
		}
		else {
			ImportReport report = this.facts.keptAfter(() -> kind(job).write(table, mapping(job, table),
					job.getProjectId(), scope, progress, job.isGoodRowsOnly()));
			if (!job.isGoodRowsOnly() && !report.clean()) {
				job.failed("imports.failure.notClean", this.json.writeValueAsString(report));
			}
			else {
				imported(job, report);
			}
		}
		this.jobs.save(job);
	}

	/**
	 * Runs the job's queued check or import at once, in the caller's thread and
	 * transaction, as a worker would: for the benchmark, which measures it in a
	 * transaction that it then rolls back.
	 */
	@Transactional
	public void runHere(UUID id) {
		run(id, ImportProgress.NONE);
	}

	private void imported(ImportJob job, ImportReport written) {
		ImportReport report = kind(job).undo()
			.map((undo) -> written.withVersions(undo.versions(written.created())))
			.orElse(written);
		int created = (int) report.count(ImportReport.Action.CREATE);
		int updated = (int) report.count(ImportReport.Action.UPDATE);
		job.imported(this.json.writeValueAsString(report), created, updated, LocalDateTime.now(this.clock));
		this.auditLog.appendWithChange(job.getCreatedBy(), this.access.username(job.getCreatedBy()), "import",
				"/imports/" + job.getId(), null,
				job.getRecordKind() + ": " + created + " created, " + updated + " updated", 200, null);
		this.events.publishEvent(new ImportFinished(job.getId(), job.getRecordKind(), created, updated));
	}

	/**
	 * Undoes an import: removes every record it created, all of them or none, refused
	 * when one has been changed or used since (a person enrolled, a document added). The
	 * changes it made to records that were there before stay.
	 * @throws RejectedInputException on {@code rows} when a record has been changed or
	 * used, or the kind cannot be undone
	 */
	@Transactional
	public void undo(UUID id, Integer version, AccessScope scope) {
		ImportJob job = load(id, scope);
		StaleEditException.check(version, job.getVersion());
		ImportReport report = report(job);
		if (report == null) {
			throw new RejectedInputException("rows", "imports.error.reportErased");
		}
		Map<UUID, Integer> versions = new LinkedHashMap<>();
		// a job imported before versions were kept: its records were new at version 0
		report.created().forEach((record) -> versions.put(record, report.versions().getOrDefault(record, 0)));
		var created = new Created(job.getProjectId(), versions, report.rows(), () -> {
			ImportTable table = ImportFiles.read(job, this.properties.maxRows());
			return new Created.File(table, mapping(job, table));
		});
		kind(job).undo()
			.orElseThrow(() -> new RejectedInputException("rows", "imports.error.cannotUndo"))
			.remove(created, scope);
		job.undone(LocalDateTime.now(this.clock));
		StaleEdits.refused(() -> this.jobs.save(job));
	}

	/** Marks a job that stopped unexpectedly as failed, if it is still running. */
	@Transactional
	void failed(UUID id, String failure) {
		this.jobs.findById(id).filter((job) -> job.getStatus().busy()).ifPresent((job) -> {
			job.failed(failure, null);
			this.jobs.save(job);
		});
	}

	private static RejectedInputException notClean(ImportReport report) {
		return new RejectedInputException("rows", "imports.error.notClean",
				report.count(ImportReport.Action.INVALID) + report.count(ImportReport.Action.REVIEW));
	}

	/**
	 * The rows of the latest report that have problems, with the problems beside them, as
	 * a workbook.
	 */
	public byte[] problemsWorkbook(UUID id, Locale locale, AccessScope scope) {
		ImportJob job = load(id, scope);
		ImportReport report = report(job);
		if (report == null) {
			throw new NotFoundException("Import report");
		}
		return ProblemsWorkbook.of(ImportFiles.read(job, this.properties.maxRows()), report,
				(problem) -> text(problem, locale), this.messages.getMessage("imports.problems.column", null, locale));
	}

	String text(RowProblem problem, Locale locale) {
		String reason = this.messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale);
		return problem.column().isEmpty() ? reason : problem.column() + ": " + reason;
	}

	/**
	 * Refuses a job that cannot be read with its choices, or has no column for a field
	 * the kind needs.
	 */
	private void requireColumns(ImportJob job) {
		requireColumns(job, ImportFiles.read(job, this.properties.maxRows()));
	}

	private void requireColumns(ImportJob job, ImportTable table) {
		List<ImportColumn> missing = mapping(job, table).missing(kind(job).columns());
		if (!missing.isEmpty()) {
			throw new RejectedInputException("columns", "imports.error.missingColumns",
					String.join(", ",
							missing.stream()
								.map((column) -> label(column.labelKey(), LocaleContextHolder.getLocale()))
								.toList()));
		}
	}

	/**
	 * The columns chosen last for a file of the same layout (the same kind, the same
	 * headers in the same order): by anyone importing into the same project, or by the
	 * user, if any.
	 */
	private Optional<String> earlierMapping(AccessScope scope, UUID projectId, String layout) {
		String by = (projectId != null) ? "(created_by = :user or project_id = :project)" : "created_by = :user";
		var query = this.jdbc
			.sql("select mapping from import_job where " + by + " and header_sha256 = :layout and mapping is not null"
					+ " order by created_at desc limit 1")
			.param("user", scope.userId())
			.param("layout", layout);
		return ((projectId != null) ? query.param("project", projectId) : query).query(String.class).optional();
	}

	private ImportReport report(ImportJob job) {
		return (job.getReport() == null) ? null : ImportReport.read(this.json, job.getReport());
	}

	private ColumnMapping mapping(ImportJob job, ImportTable table) {
		return ColumnMapping.parse(table.header(), job.getMapping(), kind(job).columns());
	}

	private ImportKind kind(ImportJob job) {
		return this.kinds.get(job.getRecordKind());
	}

	private ImportJob load(UUID id, AccessScope scope) {
		ImportJob job = this.jobs.findById(id).orElseThrow(() -> new NotFoundException("Import"));
		if (!job.getCreatedBy().equals(scope.userId())) {
			throw new NotFoundException("Import");
		}
		return job;
	}

	private static void requireImporter(AccessScope scope) {
		if (!scope.seesPeople()) {
			throw new AccessDeniedException("Imports are for those who register participants");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** What the user chose for reading a file. */
	public record ImportChoices(String charset, String delimiter, String sheet, Map<String, Integer> columns) {
	}

}
