package se.steget.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;

/**
 * Users and the audit review in the JSON API, for administrators only (the security
 * configuration closes these routes to everyone else), as on the pages.
 */
@RestController
@RequestMapping("/api/v1")
class AccessApiController {

	private final AccessManagement access;

	private final AuditLog auditLog;

	private final UserAccounts accounts;

	private final Clock clock;

	AccessApiController(AccessManagement access, AuditLog auditLog, UserAccounts accounts, Clock clock) {
		this.access = access;
		this.auditLog = auditLog;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/users")
	List<UserSummary> users() {
		return this.access.users();
	}

	/**
	 * The audit entries about one person, or of one user between two days (the last 30 by
	 * default), newest first.
	 */
	@GetMapping("/audit")
	List<AuditEntry> audit(@RequestParam(required = false) UUID participantId,
			@RequestParam(required = false) String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (participantId != null) {
			return this.auditLog.ofParticipant(participantId);
		}
		if (username == null || username.isBlank()) {
			throw new RejectedInputException("participantId", "error.auditWhose");
		}
		UserAccount account = this.accounts.findByUsername(username.strip())
			.orElseThrow(() -> new NotFoundException("User"));
		LocalDate last = (to != null) ? to : LocalDate.now(this.clock);
		LocalDate first = (from != null) ? from : last.minusDays(30);
		return this.auditLog.ofUser(account.getId(), first.atStartOfDay(), last.plusDays(1).atStartOfDay());
	}

	@PostMapping("/audit/verify")
	AuditVerification verify() {
		return this.auditLog.verify();
	}

}
