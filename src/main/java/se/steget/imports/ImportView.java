package se.steget.imports;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import se.steget.imports.ImportJob.FileType;
import se.steget.imports.ImportReport.Action;

/**
 * A job as its page and the API show it: the file as read (its first rows, how a CSV file
 * was decoded, a workbook's sheets), which column holds which field, and the latest
 * report.
 */
public record ImportView(UUID id, String recordKind, UUID projectId, String fileName, FileType fileType,
		ImportStatus status, Integer version, LocalDateTime createdAt, LocalDateTime checkedAt,
		LocalDateTime importedAt, LocalDateTime undoneAt, Progress progress, String failure, boolean undoable,
		CsvView csv, List<String> sheets, String sheet, List<String> header, List<List<String>> preview, int rowCount,
		List<ColumnChoice> columns, Counts counts, List<RowProblem> problems) {

	/** The most problems a page lists; the workbook of problems has them all. */
	static final int SHOWN_PROBLEMS = 200;

	static ImportView of(ImportJob job, ImportKind kind, ImportTable table, ColumnMapping mapping, CsvView csv,
			ImportReport report, int previewRows, List<String> sheets) {
		List<List<String>> preview = table.first(previewRows)
			.stream()
			.map((row) -> java.util.stream.IntStream.range(0, table.header().size()).mapToObj(row::cell).toList())
			.toList();
		List<ColumnChoice> columns = kind.columns()
			.stream()
			.map((c) -> new ColumnChoice(c.field(), c.labelKey(), c.required(), mapping.column(c.field())))
			.toList();
		Counts counts = (report == null) ? null : Counts.of(report);
		List<RowProblem> problems = (report == null) ? List.of()
				: report.withProblems()
					.stream()
					.flatMap((row) -> row.problems().stream())
					.limit(SHOWN_PROBLEMS)
					.toList();
		String sheet = (job.getSheet() != null || sheets.isEmpty()) ? job.getSheet() : sheets.get(0);
		return new ImportView(job.getId(), job.getRecordKind(), job.getProjectId(), job.getFileName(),
				job.getFileType(), job.getStatus(), job.getVersion(), job.getCreatedAt(), job.getCheckedAt(),
				job.getImportedAt(), job.getUndoneAt(), new Progress(job.getProgressDone(), job.getProgressTotal()),
				job.getFailure(), kind.undo().isPresent() && job.getStatus() == ImportStatus.IMPORTED && report != null,
				csv, sheets, sheet, table.header(), preview, table.size(), columns, counts, problems);
	}

	/** Whether the job is done with: imported, or imported and undone. */
	public boolean imported() {
		return this.status == ImportStatus.IMPORTED || this.status == ImportStatus.UNDONE;
	}

	public boolean busy() {
		return this.status.busy();
	}

	/** A job's run as the page polls it: its status and progress. */
	public record Run(UUID id, ImportStatus status, Progress progress) {

		public boolean busy() {
			return this.status.busy();
		}

	}

	/**
	 * How far a running check or import has come: rows gone through of all it goes
	 * through (an import goes through each row twice, checking and writing).
	 */
	public record Progress(int done, int total) {

		public int percent() {
			return (this.total == 0) ? 0 : Math.min(100, this.done * 100 / this.total);
		}

	}

	/** A field of the record kind and the file's column that holds it (null for none). */
	public record ColumnChoice(String field, String labelKey, boolean required, Integer column) {
	}

	/** How many rows each action has, and how many problems there are in all. */
	public record Counts(long create, long update, long unchanged, long review, long invalid, long problems) {

		static Counts of(ImportReport report) {
			return new Counts(report.count(Action.CREATE), report.count(Action.UPDATE), report.count(Action.UNCHANGED),
					report.count(Action.REVIEW), report.count(Action.INVALID),
					report.withProblems().stream().mapToLong((row) -> row.problems().size()).sum());
		}

		public boolean clean() {
			return this.review == 0 && this.invalid == 0;
		}

	}

	/** A job in the list of the user's imports. */
	public record Summary(UUID id, String fileName, ImportStatus status, LocalDateTime createdAt,
			LocalDateTime checkedAt, LocalDateTime importedAt, int createdCount, int updatedCount) {
	}

}
