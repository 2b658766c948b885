package se.steget.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;
import se.steget.access.Role;

/**
 * The goal report and the ESF+ indicators in the JSON API, with the same figures, scopes
 * and hidden small cells as the pages.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

	private final GoalReport goals;

	private final EsfReport esf;

	private final OutcomeCube cube;

	private final CurrentUser currentUser;

	private final ScbReport scb;

	private final Clock clock;

	ReportApiController(GoalReport goals, EsfReport esf, OutcomeCube cube, ScbReport scb, CurrentUser currentUser,
			Clock clock) {
		this.scb = scb;
		this.clock = clock;
		this.goals = goals;
		this.esf = esf;
		this.cube = cube;
		this.currentUser = currentUser;
	}

	@GetMapping("/goals")
	GoalReportView goals(@RequestParam(required = false) UUID projectId,
			@RequestParam(required = false) String municipality,
			@RequestParam(defaultValue = "OBSTACLE") Breakdown breakdown) {
		return this.goals.report(projectId, municipality, breakdown, this.currentUser.scopeForPeople());
	}

	/**
	 * Every cell of the outcome cube across the user's projects, exact: for a project
	 * manager, who reads every case counted; everyone else has the page and its file,
	 * with the small counts hidden.
	 */
	@GetMapping("/outcomes")
	List<OutcomeCell> outcomes() {
		var scope = this.currentUser.scopeForPeople();
		if (scope.role() != Role.PROJECT_MANAGER) {
			throw new AccessDeniedException("Exact outcome cells are for project managers");
		}
		return this.cube.cells(scope);
	}

	/**
	 * The month's SCB report of a project (the last finished month unless one is given).
	 */
	@GetMapping("/scb")
	ScbReportView scb(@RequestParam UUID projectId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		return this.scb.month(projectId, (month != null) ? month : YearMonth.now(this.clock).minusMonths(1),
				this.currentUser.scope());
	}

	/** Records that the month was produced as it stands now. */
	@PostMapping("/scb/produce")
	ScbReportView produceScb(@RequestParam UUID projectId,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		return this.scb.produce(projectId, month, this.currentUser.id(), this.currentUser.scope());
	}

	@GetMapping("/esf")
	EsfReportView esf(@RequestParam(required = false) UUID projectId) {
		return this.esf.report(projectId, this.currentUser.scopeForPeople());
	}

}
