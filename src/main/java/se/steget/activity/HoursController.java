package se.steget.activity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.CurrentUser;
import se.steget.core.Download;
import se.steget.core.Forms;

/**
 * A participant's hours month by month, the monthly attendance certificate to sign, and
 * the project's monthly hours as a spreadsheet.
 */
@Controller
class HoursController {

	private final AttendanceManagement attendance;

	private final ActivityManagement activities;

	private final AttendanceCertificate certificate;

	private final HoursWorkbook workbook;

	private final CurrentUser currentUser;

	private final Clock clock;

	HoursController(AttendanceManagement attendance, ActivityManagement activities, AttendanceCertificate certificate,
			HoursWorkbook workbook, CurrentUser currentUser, Clock clock) {
		this.workbook = workbook;
		this.attendance = attendance;
		this.activities = activities;
		this.certificate = certificate;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping("/enrollments/{id}/hours")
	String month(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		model.addAttribute("hoursForm", new HoursForm(null, LocalDate.now(this.clock), BigDecimal.valueOf(3)));
		return page(id, (month != null) ? month : YearMonth.now(this.clock), model);
	}

	@PostMapping("/enrollments/{id}/hours")
	String record(@PathVariable UUID id, @Valid HoursForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.attendance.recordHours(id, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id + "/hours?month=" + YearMonth.from(form.getAttendedOn());
		}
		YearMonth month = (form.getAttendedOn() != null) ? YearMonth.from(form.getAttendedOn())
				: YearMonth.now(this.clock);
		return page(id, month, model);
	}

	@PostMapping("/enrollments/{id}/hours/delete")
	String delete(@PathVariable UUID id, @RequestParam UUID activityId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate attendedOn,
			RedirectAttributes redirect) {
		Forms.done(redirect,
				() -> this.attendance.deleteHours(id, activityId, attendedOn, this.currentUser.scopeForPeople()));
		return "redirect:/enrollments/" + id + "/hours?month=" + YearMonth.from(attendedOn);
	}

	@GetMapping("/enrollments/{id}/hours/certificate")
	ResponseEntity<byte[]> certificate(@PathVariable UUID id,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		var scope = this.currentUser.scopeForPeople();
		MonthHours hours = this.attendance.month(id, month, scope);
		return Download.of(this.certificate.pdf(hours, scope), MediaType.APPLICATION_PDF,
				"narvarointyg-" + month + ".pdf");
	}

	@GetMapping("/projects/{id}/hours")
	ResponseEntity<byte[]> projectHours(@PathVariable UUID id,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		ProjectHours hours = this.attendance.projectMonth(id, month, this.currentUser.scopeForPeople());
		return Download.of(this.workbook.xlsx(hours), Download.XLSX, "timmar-" + month + ".xlsx");
	}

	private String page(UUID id, YearMonth month, Model model) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("hours", this.attendance.month(id, month, scope));
		model.addAttribute("activities", this.activities.ofEnrollment(id, scope));
		model.addAttribute("corrections", this.attendance.corrections(id, scope));
		return "hours/month";
	}

}
