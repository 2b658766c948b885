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
		requireNotImported();
		this.charset = charset;
		this.delimiter = delimiter;
		this.sheet = sheet;
		this.mapping = mapping;
		this.headerSha256 = headerSha256;
		this.status = ImportStatus.UPLOADED;
		this.report = null;
	}

	void checked(String report, LocalDateTime at) {
		requireNotImported();
		this.report = report;
		this.status = ImportStatus.CHECKED;
		this.checkedAt = at;
	}

	void imported(String report, boolean goodRowsOnly, int created, int updated, LocalDateTime at) {
		requireNotImported();
		this.report = report;
		this.goodRowsOnly = goodRowsOnly;
		this.createdCount = created;
		this.updatedCount = updated;
		this.status = ImportStatus.IMPORTED;
		this.importedAt = at;
	}

	private void requireNotImported() {
		if (this.status == ImportStatus.IMPORTED) {
			throw new se.steget.core.RejectedInputException("file", "imports.error.alreadyImported");
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

	Integer getVersion() {
		return this.version;
	}

}
