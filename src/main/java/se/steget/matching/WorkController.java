package se.steget.matching;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.activity.ActivityManagement;
import se.steget.access.CurrentUser;
import se.steget.core.EducationLevel;
import se.steget.core.Forms;
import se.steget.core.Municipalities;
import se.steget.core.Occupations;
import se.steget.core.SwedishLevel;
import se.steget.employer.EmployerContactManagement;
import se.steget.employer.EmployerManagement;
import se.steget.employer.PlaceKind;
import se.steget.enrollment.EnrollmentManagement;

/**
 * A participant's way to work, on one page of their case: the job profile, the matches,
 * the proposals, their internships side by side, and the employer contacts about them.
 */
@Controller
@RequestMapping("/enrollments/{id}")
class WorkController {

	private final JobProfileManagement profiles;

	private final MatchingManagement matching;

	private final ProposalManagement proposals;

	private final EnrollmentManagement enrollments;

	private final ActivityManagement activities;

	private final EmployerContactManagement contacts;

	private final EmployerManagement employers;

	private final CurrentUser currentUser;

	WorkController(JobProfileManagement profiles, MatchingManagement matching, ProposalManagement proposals,
			EnrollmentManagement enrollments, ActivityManagement activities, EmployerContactManagement contacts,
			EmployerManagement employers, CurrentUser currentUser) {
		this.profiles = profiles;
		this.matching = matching;
		this.proposals = proposals;
		this.enrollments = enrollments;
		this.activities = activities;
		this.contacts = contacts;
		this.employers = employers;
		this.currentUser = currentUser;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("occupations", Occupations.all());
		model.addAttribute("municipalities", Municipalities.byName());
		model.addAttribute("counties", Municipalities.counties());
		model.addAttribute("swedishLevels", SwedishLevel.values());
		model.addAttribute("educationLevels", EducationLevel.values());
	}

	@GetMapping("/work")
	String work(@PathVariable UUID id, Model model) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("enrollment", this.enrollments.get(id, scope));
		model.addAttribute("profile", this.profiles.get(id, scope));
		model.addAttribute("proposals", this.proposals.ofEnrollment(id, scope));
		var work = this.activities.workAtEmployers(id, scope);
		model.addAttribute("internships", work);
		model.addAttribute("employerNames",
				this.employers.names(work.stream().map((w) -> w.employerId()).distinct().toList()));
		model.addAttribute("employerContacts", this.contacts.aboutEnrollment(id, scope));
		return "matching/work";
	}

	@GetMapping("/job-profile")
	String edit(@PathVariable UUID id, Model model) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("enrollment", this.enrollments.get(id, scope));
		model.addAttribute("jobProfileForm", JobProfileForm.of(this.profiles.get(id, scope)));
		return "matching/profile-form";
	}

	@PostMapping("/job-profile")
	String record(@PathVariable UUID id, @Valid JobProfileForm jobProfileForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var scope = this.currentUser.scopeForPeople();
		if (!Forms.saved(result, () -> this.profiles.record(id, jobProfileForm, scope))) {
			model.addAttribute("enrollment", this.enrollments.get(id, scope));
			return "matching/profile-form";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/enrollments/" + id + "/work";
	}

	@GetMapping("/matches")
	String matches(@PathVariable UUID id, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) String field, @RequestParam(required = false) PlaceKind kind,
			@RequestParam(defaultValue = "false") boolean nearMisses, Model model) {
		var scope = this.currentUser.scopeForPeople();
		var filter = new MatchFilter(municipality, field, kind, null, nearMisses);
		model.addAttribute("enrollment", this.enrollments.get(id, scope));
		model.addAttribute("profile", this.profiles.get(id, scope));
		model.addAttribute("filter", filter);
		model.addAttribute("matches", this.matching.forEnrollment(id, filter, scope));
		model.addAttribute("fields", Occupations.FIELDS);
		model.addAttribute("kinds", PlaceKind.values());
		return "matching/vacancy-matches";
	}

}
