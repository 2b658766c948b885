package se.steget.privacy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;

/**
 * The register extract of one person as a JSON file, for a request of access.
 */
@RestController
class SubjectAccessController {

	private final SubjectAccessExport export;

	private final CurrentUser currentUser;

	SubjectAccessController(SubjectAccessExport export, CurrentUser currentUser) {
		this.export = export;
		this.currentUser = currentUser;
	}

	@GetMapping("/participants/{id}/export")
	ResponseEntity<Map<String, List<Map<String, Object>>>> export(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("registerutdrag.json").build().toString())
			.body(this.export.of(id, this.currentUser.scopeForPeople()));
	}

}
