package se.steget.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The audit review for administrators: who looked at a person, what a user looked at and
 * when, and a check that the log is intact.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

	private final AuditLog auditLog;

	private final UserAccounts accounts;

	private final Clock clock;

	AuditController(AuditLog auditLog, UserAccounts accounts, Clock clock) {
		this.auditLog = auditLog;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping
	String review(@RequestParam(required = false) UUID participantId, @RequestParam(required = false) String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate first = (from != null) ? from : today.minusDays(30);
		LocalDate last = (to != null) ? to : today;
		List<AuditEntry> entries = List.of();
		if (participantId != null) {
			entries = this.auditLog.ofParticipant(participantId);
		}
		else if (username != null && !username.isBlank()) {
			Optional<UserAccount> account = this.accounts.findByUsername(username.trim());
			if (account.isPresent()) {
				entries = this.auditLog.ofUser(account.get().getId(), first.atStartOfDay(),
						last.plusDays(1).atStartOfDay());
			}
			else {
				model.addAttribute("usernameError", "error.unknownUser");
			}
		}
		model.addAttribute("entries", entries);
		model.addAttribute("participantId", participantId);
		model.addAttribute("username", username);
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("shown", AuditLog.SHOWN);
		return "audit/review";
	}

	@PostMapping("/verify")
	String verify(RedirectAttributes redirect) {
		redirect.addFlashAttribute("verification", this.auditLog.verify());
		return "redirect:/audit";
	}

}
