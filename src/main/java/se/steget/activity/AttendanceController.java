package se.steget.activity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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

/**
 * Who came to a session of an activity, and for how long.
 */
@Controller
@RequestMapping("/activities/{id}/attendance")
class AttendanceController {

	private final AttendanceManagement attendance;

	private final ActivityManagement activities;

	private final CurrentUser currentUser;

	AttendanceController(AttendanceManagement attendance, ActivityManagement activities, CurrentUser currentUser) {
		this.attendance = attendance;
		this.activities = activities;
		this.currentUser = currentUser;
	}

	@GetMapping
	String show(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		model.addAttribute("attendanceForm", this.attendance.session(id, date, this.currentUser.scopeForPeople()));
		return page(id, date, model);
	}

	@PostMapping
	String record(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Valid AttendanceForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (Forms.saved(result,
				() -> this.attendance.recordSession(id, date, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/activities/" + id;
		}
		return page(id, date, model);
	}

	private String page(UUID id, LocalDate date, Model model) {
		ActivityDetail activity = this.activities.get(id, this.currentUser.scopeForPeople());
		Map<UUID, MemberView> members = new HashMap<>();
		activity.members().forEach((m) -> members.put(m.enrollmentId(), m));
		model.addAttribute("activity", activity);
		model.addAttribute("activitySession",
				activity.sessions()
					.stream()
					.filter((s) -> s.sessionDate().equals(date))
					.findFirst()
					.orElseThrow(() -> new se.steget.core.NotFoundException("Session")));
		model.addAttribute("members", members);
		return "activities/attendance";
	}

}
