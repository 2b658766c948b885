package se.steget.evaluation;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import se.steget.access.AccessScope;
import se.steget.access.CurrentUser;
import se.steget.core.Csv;
import se.steget.core.Download;
import se.steget.core.GenderCounts;
import se.steget.project.ProjectManagement;

/**
 * The evaluator's page: their projects, each with its pseudonymised extract, and what the
 * extract's columns mean.
 */
@Controller
@RequestMapping("/evaluation")
class EvaluationController {

	private final PseudonymisedExtract extract;

	private final ProjectManagement projects;

	private final CurrentUser currentUser;

	EvaluationController(PseudonymisedExtract extract, ProjectManagement projects, CurrentUser currentUser) {
		this.extract = extract;
		this.projects = projects;
		this.currentUser = currentUser;
	}

	@GetMapping
	String index(Model model) {
		AccessScope scope = this.currentUser.scope();
		Map<UUID, GenderCounts> sizes = this.extract.sizes(scope);
		model.addAttribute("projects",
				this.projects.visible(scope)
					.stream()
					.map((p) -> new ExtractSummary(p.id(), p.name(), sizes.getOrDefault(p.id(), GenderCounts.ZERO)))
					.toList());
		model.addAttribute("columns", ExtractRow.COLUMNS);
		model.addAttribute("assessmentColumns", PseudonymisedExtract.ASSESSMENT_COLUMNS);
		return "evaluation/index";
	}

	@GetMapping("/{id}/extract.csv")
	ResponseEntity<String> download(@PathVariable UUID id) {
		return Download.of(this.extract.csv(id, this.currentUser.scope()), Csv.MEDIA_TYPE,
				"utvardering-" + id + ".csv");
	}

	@GetMapping("/{id}/assessments.csv")
	ResponseEntity<String> assessments(@PathVariable UUID id) {
		return Download.of(this.extract.assessmentsCsv(id, this.currentUser.scope()), Csv.MEDIA_TYPE,
				"bedomningar-" + id + ".csv");
	}

}
