package se.steget.imports;

import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * One import: the file as uploaded, the choices made on reading it (encoding, delimiter,
 * sheet, columns), the report of its latest check, and what it wrote. It is checked as
 * often as the user likes and imported once; after that it is a record of what was done.
 */
class ImportJob {

	/** The kinds of file read. */
	enum FileType {

		CSV, XLSX

	}

	@Id
	private UUID id;

	private String recordKind;

	private UUID projectId;

	private String fileName;

	private FileType fileType;

	private String fileSha256;

	private byte[] content;

	private String charset;

	private String delimiter;

	private String sheet;

	private String mapping;

	private String headerSha256;

	private ImportStatus status;

	private boolean goodRowsOnly;

	private String report;

	private int createdCount;

	private int updatedCount;

	private UUID createdBy;

	private LocalDateTime createdAt;

	private LocalDateTime checkedAt;

	private LocalDateTime importedAt;

	private LocalDateTime heartbeatAt;

	private int progressDone;

	private int progressTotal;

	private String failure;

	private LocalDateTime undoneAt;

	@Version
	private Integer version;

	ImportJob() {
	}

	static ImportJob upload(String recordKind, UUID projectId, String fileName, FileType type, byte[] content,
			String sha256, UUID by, LocalDateTime now) {
		var job = new ImportJob();
		job.id = UUID.randomUUID();
		job.recordKind = recordKind;
		job.projectId = projectId;
		job.fileName = fileName;
		job.fileType = type;
		job.content = content.clone();
		job.fileSha256 = sha256;
		job.status = ImportStatus.UPLOADED;
		job.createdBy = by;
		job.createdAt = now;
		return job;
	}

	/**
	 * New choices for reading the file, with the header the columns were chosen for: the
	 * latest check no longer holds.
	 */
	void choose(String charset, String delimiter, String sheet, String mapping, String headerSha256) {
		requireOpen();
		this.charset = charset;
		this.delimiter = delimiter;
		this.sheet = sheet;
		this.mapping = mapping;
		this.headerSha256 = headerSha256;
		this.status = ImportStatus.UPLOADED;
		this.report = null;
		this.failure = null;
	}

	/** Queues a check of every row, for a worker to claim. */
	void startCheck() {
		start(ImportStatus.CHECKING);
	}

	/** Queues the import, for a worker to claim. */
	void startImport(boolean goodRowsOnly) {
		start(ImportStatus.IMPORTING);
		this.goodRowsOnly = goodRowsOnly;
	}

	private void start(ImportStatus run) {
		requireOpen();
		this.status = run;
		this.heartbeatAt = null;
		this.progressDone = 0;
		this.progressTotal = 0;
		this.failure = null;
	}

	/** A worker runs the job, going through this many rows. */
	void running(int rows) {
		this.progressTotal = rows;
	}

	void checked(String report, LocalDateTime at) {
		requireRunning(ImportStatus.CHECKING);
		this.report = report;
		this.status = ImportStatus.CHECKED;
		this.checkedAt = at;
		this.progressDone = this.progressTotal;
	}

	void imported(String report, int created, int updated, LocalDateTime at) {
		requireRunning(ImportStatus.IMPORTING);
		this.report = report;
		this.createdCount = created;
		this.updatedCount = updated;
		this.status = ImportStatus.IMPORTED;
		this.importedAt = at;
		this.progressDone = this.progressTotal;
	}

	/**
	 * Stopped without writing: why (a message key), and the report that stopped it, if
	 * one did.
	 */
	void failed(String failure, String report) {
		if (!this.status.busy()) {
			throw new IllegalStateException("Only a running job can fail");
		}
		this.status = ImportStatus.FAILED;
		this.failure = failure;
		if (report != null) {
			this.report = report;
		}
	}

	/** The records the import created are gone again. */
	void undone(LocalDateTime at) {
		if (this.status != ImportStatus.IMPORTED) {
			throw new se.steget.core.RejectedInputException("file", "imports.error.notImported");
		}
		this.status = ImportStatus.UNDONE;
		this.undoneAt = at;
	}

	private void requireOpen() {
		if (this.status == ImportStatus.IMPORTED || this.status == ImportStatus.UNDONE) {
			throw new se.steget.core.RejectedInputException("file", "imports.error.alreadyImported");
		}
		if (this.status.busy()) {
			throw new se.steget.core.RejectedInputException("file", "imports.error.busy");
		}
	}

	private void requireRunning(ImportStatus run) {
		if (this.status != run) {
			throw new IllegalStateException("The job is not " + run + " but " + this.status);
		}
	}

	UUID getId() {
		return this.id;
	}

	String getRecordKind() {
		return this.recordKind;
	}

	UUID getProjectId() {
		return this.projectId;
	}

	String getFileName() {
		return this.fileName;
	}

	FileType getFileType() {
		return this.fileType;
	}

	String getFileSha256() {
		return this.fileSha256;
	}

	byte[] getContent() {
		return (this.content != null) ? this.content.clone() : null;
	}

	String getCharset() {
		return this.charset;
	}

	String getDelimiter() {
		return this.delimiter;
	}

	String getSheet() {
		return this.sheet;
	}

	String getMapping() {
		return this.mapping;
	}

	ImportStatus getStatus() {
		return this.status;
	}

	boolean isGoodRowsOnly() {
		return this.goodRowsOnly;
	}

	String getReport() {
		return this.report;
	}

	int getCreatedCount() {
		return this.createdCount;
	}

	int getUpdatedCount() {
		return this.updatedCount;
	}

	UUID getCreatedBy() {
		return this.createdBy;
	}

	LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

	LocalDateTime getCheckedAt() {
		return this.checkedAt;
	}

	LocalDateTime getImportedAt() {
		return this.importedAt;
	}

	LocalDateTime getHeartbeatAt() {
		return this.heartbeatAt;
	}

	int getProgressDone() {
		return this.progressDone;
	}

	int getProgressTotal() {
		return this.progressTotal;
	}

	String getFailure() {
		return this.failure;
	}

	LocalDateTime getUndoneAt() {
		return this.undoneAt;
	}

	Integer getVersion() {
		return this.version;
	}

}
