package se.steget.privacy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;
import se.steget.core.Download;

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
		return Download.of(this.export.of(id, this.currentUser.scopeForPeople()), MediaType.APPLICATION_JSON,
				"registerutdrag.json");
	}

}
