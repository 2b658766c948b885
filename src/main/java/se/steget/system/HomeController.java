package se.steget.system;

import java.time.LocalDate;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.steget.core.SmallCells;
import se.steget.access.CurrentUser;
import se.steget.access.Role;
import se.steget.employer.EmployerContactManagement;
import se.steget.enrollment.EnrollmentManagement;

/**
 * The start page: staff see their caseload; managers, administrators and the steering
 * group see each project's figures by gender (the steering group with small cells
 * hidden).
 */
@Controller
class HomeController {

	private final CurrentUser currentUser;

	private final EnrollmentManagement enrollments;

	private final EmployerContactManagement employerContacts;

	private final SmallCells smallCells;

	private final Clock clock;

	HomeController(CurrentUser currentUser, EnrollmentManagement enrollments,
			EmployerContactManagement employerContacts, SmallCells smallCells, Clock clock) {
		this.currentUser = currentUser;
		this.enrollments = enrollments;
		this.employerContacts = employerContacts;
		this.smallCells = smallCells;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		var scope = this.currentUser.scope();
		if (scope.seesPeople()) {
			model.addAttribute("caseload", this.enrollments.caseload(scope));
			model.addAttribute("nextSteps", this.employerContacts.nextStepsDue(scope));
			model.addAttribute("quietEmployers", this.employerContacts.notContactedRecently(scope));
			model.addAttribute("employerNorm", this.employerContacts.contactNormDays());
			model.addAttribute("today", LocalDate.now(this.clock));
		}
		if (scope.role() != Role.STAFF && scope.seesFigures()) {
			model.addAttribute("figures", this.enrollments.figuresByProject(scope));
		}
		model.addAttribute("threshold", this.smallCells.thresholdFor(scope.seesSuppressedFigures()));
		return "home";
	}

}
