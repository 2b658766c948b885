package se.steget.privacy;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retention over the API, for administrators: the dry run, and running it now.
 */
@RestController
@RequestMapping("/api/v1/retention")
class RetentionApiController {

	private final Retention retention;

	RetentionApiController(Retention retention) {
		this.retention = retention;
	}

	@GetMapping
	RetentionDryRun dryRun() {
		return this.retention.dryRun();
	}

	@PostMapping("/run")
	Map<String, Integer> run() {
		return Map.of("anonymised", this.retention.run());
	}

}
