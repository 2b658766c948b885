package se.steget.privacy;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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

	/**
	 * The extract; for a person with protected identity only with a reason, as for
	 * showing the identity on the page, which the audit log keeps with the export.
	 * Without one the page is shown again with the error next to the reason's field.
	 */
	@GetMapping("/participants/{id}/export")
	ResponseEntity<?> export(@PathVariable UUID id, @RequestParam(defaultValue = "") String purpose) {
		var scope = this.currentUser.scopeForPeople();
		if (this.export.needsReason(id, scope) && (purpose.isBlank() || purpose.length() > 300)) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create("/participants/" + id + "?exportReason=missing#export-purpose"))
				.build();
		}
		return Download.of(this.export.of(id, scope), MediaType.APPLICATION_JSON, "registerutdrag.json");
	}

}
