package se.steget.casework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.CurrentUser;
import se.steget.core.Forms;
import se.steget.project.ProjectManagement;

/**
 * The staff member's own time report: a month of days, and the form for the next one.
 */
@Controller
@RequestMapping("/time")
class StaffTimeController {

	private final StaffTimeManagement times;

	private final ProjectManagement projects;

	private final CurrentUser currentUser;

	private final Clock clock;

	StaffTimeController(StaffTimeManagement times, ProjectManagement projects, CurrentUser currentUser, Clock clock) {
		this.times = times;
		this.projects = projects;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping
	String month(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		model.addAttribute("staffTimeForm", new StaffTimeForm(null, LocalDate.now(this.clock), BigDecimal.valueOf(8),
				StaffActivity.PARTICIPANT_WORK));
		return page(model, (month != null) ? month : YearMonth.now(this.clock));
	}

	@PostMapping
	String report(@Valid StaffTimeForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.times.report(form, this.currentUser.scope()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/time?month=" + YearMonth.from(form.getWorkDate());
		}
		YearMonth month = (form.getWorkDate() != null) ? YearMonth.from(form.getWorkDate()) : YearMonth.now(this.clock);
		return page(model, month);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			RedirectAttributes redirect) {
		this.times.delete(id, this.currentUser.scope());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/time?month=" + month;
	}

	private String page(Model model, YearMonth month) {
		var scope = this.currentUser.scope();
		var days = this.times.month(month, scope);
		model.addAttribute("month", month);
		model.addAttribute("days", days);
		model.addAttribute("monthHours",
				days.stream().map(StaffTimeView::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
		model.addAttribute("yearHours", this.times.hoursInYear(month.getYear(), scope));
		model.addAttribute("overYear", this.times.overYearlyHours(month.getYear(), scope));
		model.addAttribute("projects", this.projects.visible(scope));
		model.addAttribute("activities", StaffActivity.values());
		return "time/list";
	}

}
