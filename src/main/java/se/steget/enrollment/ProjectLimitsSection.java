package se.steget.enrollment;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.steget.access.AccessScope;
import se.steget.project.ProjectPageSection;

/**
 * Shows on the project page the participants near or past their track's limit, to those
 * who may see people.
 */
@Component
class ProjectLimitsSection implements ProjectPageSection {

	private final EnrollmentManagement enrollments;

	ProjectLimitsSection(EnrollmentManagement enrollments) {
		this.enrollments = enrollments;
	}

	@Override
	public void contribute(UUID projectId, AccessScope scope, Model model) {
		if (scope.seesPeople()) {
			model.addAttribute("limitAlerts", this.enrollments.limitAlerts(projectId, scope));
		}
	}

}
