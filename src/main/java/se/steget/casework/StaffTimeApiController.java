package se.steget.casework;

import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;
import se.steget.core.ETags;

/** The user's own staff time in the JSON API: a month's reports, report, remove. */
@RestController
@RequestMapping("/api/v1/staff-time")
class StaffTimeApiController {

	private final StaffTimeManagement times;

	private final CurrentUser currentUser;

	private final Clock clock;

	StaffTimeApiController(StaffTimeManagement times, CurrentUser currentUser, Clock clock) {
		this.times = times;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping
	List<StaffTimeView> month(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		return this.times.month((month != null) ? month : YearMonth.now(this.clock), this.currentUser.scopeForPeople());
	}

	@PostMapping
	ResponseEntity<List<StaffTimeView>> report(@Valid @RequestBody StaffTimeForm form) {
		var scope = this.currentUser.scopeForPeople();
		UUID id = this.times.report(form, scope);
		return ResponseEntity.created(URI.create("/api/v1/staff-time/" + id))
			.body(this.times.month(YearMonth.from(form.getWorkDate()), scope));
	}

	/** Removes one of the user's own reports as of its version in {@code If-Match}. */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
		this.times.delete(id, ETags.expected(ifMatch), this.currentUser.scopeForPeople());
		return ResponseEntity.noContent().build();
	}

}
