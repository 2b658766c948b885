package se.steget.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.steget.access.CurrentUser;
import se.steget.core.ETags;

/** A participant's documents in the JSON API: list, upload, download and remove. */
@RestController
@RequestMapping("/api/v1/participants/{id}/documents")
class DocumentApiController {

	private final DocumentManagement documents;

	private final CurrentUser currentUser;

	DocumentApiController(DocumentManagement documents, CurrentUser currentUser) {
		this.documents = documents;
		this.currentUser = currentUser;
	}

	@GetMapping
	List<DocumentView> list(@PathVariable UUID id) {
		return this.documents.ofParticipant(id, this.currentUser.scopeForPeople());
	}

	/** Uploads one file as {@code multipart/form-data}, the part named {@code file}. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<List<DocumentView>> upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file) {
		var scope = this.currentUser.scopeForPeople();
		UUID document;
		try {
			document = this.documents.upload(id, file.getOriginalFilename(), file.getBytes(), scope);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/documents/" + document))
			.body(this.documents.ofParticipant(id, scope));
	}

	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		var file = this.documents.download(id, documentId, this.currentUser.scopeForPeople());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(file.content());
	}

	/** Removes the document as of its version in {@code If-Match}. */
	@DeleteMapping("/{documentId}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID documentId,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
		this.documents.delete(id, documentId, ETags.expected(ifMatch), this.currentUser.scopeForPeople());
		return ResponseEntity.noContent().build();
	}

}
