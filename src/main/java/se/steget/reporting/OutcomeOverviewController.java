package se.steget.reporting;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.steget.access.CurrentUser;
import se.steget.core.Csv;
import se.steget.core.Download;
import se.steget.core.Municipalities;

/**
 * Where the starters of every project the user sees went, by obstacle and gender, from
 * the summary kept current with each change; and every cell of it as CSV.
 */
@Controller
@RequestMapping("/reports/outcomes")
class OutcomeOverviewController {

	private final OutcomeCube cube;

	private final CurrentUser currentUser;

	OutcomeOverviewController(OutcomeCube cube, CurrentUser currentUser) {
		this.cube = cube;
		this.currentUser = currentUser;
	}

	@GetMapping
	String show(@RequestParam(required = false) String municipality, Model model) {
		String code = (municipality == null || municipality.isBlank()) ? null : municipality;
		model.addAttribute("municipality", code);
		model.addAttribute("municipalities", Municipalities.byName());
		if (code != null && !Municipalities.isKnown(code)) {
			model.addAttribute("municipalityError", "error.municipality");
			return "reports/outcomes";
		}
		model.addAttribute("overview", this.cube.overview(code, this.currentUser.scope()));
		return "reports/outcomes";
	}

	@GetMapping("/csv")
	ResponseEntity<String> csv() {
		return Download.of(this.cube.csv(this.currentUser.scope()), Csv.MEDIA_TYPE, "utfall.csv");
	}

}
