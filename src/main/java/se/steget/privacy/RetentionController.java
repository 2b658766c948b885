package se.steget.privacy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For administrators: what the nightly retention run would remove, and running it now.
 */
@Controller
@RequestMapping("/retention")
class RetentionController {

	private final Retention retention;

	private final RetentionProperties properties;

	RetentionController(Retention retention, RetentionProperties properties) {
		this.retention = retention;
		this.properties = properties;
	}

	@GetMapping
	String dryRun(Model model) {
		model.addAttribute("dryRun", this.retention.dryRun());
		model.addAttribute("unenrolledMonths", this.properties.unenrolledMonths());
		return "retention/dry-run";
	}

	@PostMapping("/run")
	String run(RedirectAttributes redirect) {
		redirect.addFlashAttribute("anonymised", this.retention.run());
		return "redirect:/retention";
	}

}
