package se.steget.reporting;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;

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

	ReportApiController(GoalReport goals, EsfReport esf, OutcomeCube cube, CurrentUser currentUser) {
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

	/** Every cell of the outcome cube across the user's projects, exact. */
	@GetMapping("/outcomes")
	List<OutcomeCell> outcomes() {
		return this.cube.cells(this.currentUser.scopeForPeople());
	}

	@GetMapping("/esf")
	EsfReportView esf(@RequestParam(required = false) UUID projectId) {
		return this.esf.report(projectId, this.currentUser.scopeForPeople());
	}

}
