package se.steget.imports;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.steget.access.CurrentUser;
import se.steget.core.Download;
import se.steget.core.ETags;

/**
 * Imports through the API: upload a file (multipart, part {@code file}), change how it is
 * read, check it, and import it. A job's answer has its first rows, its columns and the
 * problems of its latest check; the workbook of problems has all of them.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

	private final ImportManagement imports;

	private final CurrentUser currentUser;

	ImportApiController(ImportManagement imports, CurrentUser currentUser) {
		this.imports = imports;
		this.currentUser = currentUser;
	}

	@GetMapping
	List<ImportView.Summary> list() {
		return this.imports.list(this.currentUser.scope());
	}

	@PostMapping
	ResponseEntity<ImportView> upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "participants") String kind, @RequestParam(required = false) UUID projectId)
			throws IOException {
		UUID id = this.imports.upload(kind, projectId, (file != null) ? file.getOriginalFilename() : null,
				(file != null) ? file.getBytes() : new byte[0], this.currentUser.scope());
		ImportView job = this.imports.view(id, this.currentUser.scope());
		return ResponseEntity.created(URI.create("/api/v1/imports/" + id)).eTag(ETags.of(job.version())).body(job);
	}

	@GetMapping("/{id}")
	ResponseEntity<ImportView> show(@PathVariable UUID id) {
		ImportView job = this.imports.view(id, this.currentUser.scope());
		return ResponseEntity.ok().eTag(ETags.of(job.version())).body(job);
	}

	/**
	 * How the file is read: encoding, delimiter ({@code ;}, {@code ,} or {@code tab}),
	 * sheet, and columns.
	 */
	@PutMapping("/{id}/choices")
	ResponseEntity<ImportView> choose(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@RequestBody ImportManagement.ImportChoices choices) {
		this.imports.choose(id, choices, ETags.expected(ifMatch), this.currentUser.scope());
		return show(id);
	}

	/**
	 * Starts a check of every row, which writes nothing but the report: 202, and the
	 * job's status is {@code CHECKING} until its report is there.
	 */
	@PostMapping("/{id}/check")
	ResponseEntity<ImportView> check(@PathVariable UUID id) {
		this.imports.startCheck(id, this.currentUser.scope());
		return accepted(id);
	}

	/**
	 * Starts the import of every row, or of nothing, refused at once (422 on
	 * {@code rows}) when the latest check found rows that cannot be imported; or of the
	 * good rows only: 202, and the job's status is {@code IMPORTING} until it is
	 * {@code IMPORTED}, or {@code FAILED} with nothing written.
	 */
	@PostMapping("/{id}/commit")
	ResponseEntity<ImportView> commit(@PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean goodRowsOnly) {
		this.imports.startImport(id, goodRowsOnly, this.currentUser.scope());
		return accepted(id);
	}

	/**
	 * Undoes the import: removes every record it created, all or none (422 on
	 * {@code rows} when one has been changed or used since).
	 */
	@PostMapping("/{id}/undo")
	ResponseEntity<ImportView> undo(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
		this.imports.undo(id, ETags.expected(ifMatch), this.currentUser.scope());
		return show(id);
	}

	private ResponseEntity<ImportView> accepted(UUID id) {
		ImportView job = this.imports.view(id, this.currentUser.scope());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + id))
			.eTag(ETags.of(job.version()))
			.body(job);
	}

	@GetMapping("/{id}/problems")
	ResponseEntity<byte[]> problems(@PathVariable UUID id, Locale locale) {
		return Download.of(this.imports.problemsWorkbook(id, locale, this.currentUser.scope()), Download.XLSX,
				"importfel.xlsx");
	}

}
