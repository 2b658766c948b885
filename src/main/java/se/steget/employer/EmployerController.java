package se.steget.employer;

import java.util.List;
import java.util.Arrays;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.AccessManagement;
import se.steget.access.CurrentUser;
import se.steget.core.Download;
import se.steget.core.Forms;
import se.steget.core.Municipalities;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.project.ProjectManagement;

/**
 * The employer register's pages: the list, an employer with its workplaces, contact
 * persons, vacancies and contact log, and the forms that change them.
 */
@Controller
@RequestMapping("/employers")
class EmployerController {

	private final EmployerManagement employers;

	private final EmployerContactManagement contacts;

	private final VacancyManagement vacancies;

	private final ProjectManagement projects;

	private final EnrollmentManagement enrollments;

	private final AccessManagement access;

	private final CurrentUser currentUser;

	private final EmployerProperties properties;

	private final Clock clock;

	EmployerController(EmployerManagement employers, EmployerContactManagement contacts, VacancyManagement vacancies,
			ProjectManagement projects, EnrollmentManagement enrollments, AccessManagement access,
			CurrentUser currentUser, EmployerProperties properties, Clock clock) {
		this.employers = employers;
		this.contacts = contacts;
		this.vacancies = vacancies;
		this.projects = projects;
		this.enrollments = enrollments;
		this.access = access;
		this.currentUser = currentUser;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("page", this.employers.search(q, page, this.currentUser.scopeForPeople()));
		return (htmx != null) ? "employers/list :: results" : "employers/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		this.currentUser.scopeForPeople();
		model.addAttribute("employerForm", new EmployerForm());
		return "employers/form";
	}

	@PostMapping("/new")
	String create(@Valid EmployerForm employerForm, BindingResult result, Model model, RedirectAttributes redirect) {
		this.currentUser.scopeForPeople();
		UUID id = Forms.created(result, () -> this.employers.register(employerForm, this.currentUser.scopeForPeople()));
		if (id == null) {
			return refused(employerForm, null, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/employers/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("employer", this.employers.get(id, scope));
		model.addAttribute("workplaces", this.employers.workplaces(id));
		model.addAttribute("contactPersons", this.employers.contactPersons(id));
		model.addAttribute("contacts", this.contacts.ofEmployer(id, scope));
		model.addAttribute("vacancies", this.vacancies.ofEmployer(id, scope));
		model.addAttribute("canExtract", scope.canManageProjects());
		model.addAttribute("contactPersonMonths", this.properties.contactPersonMonths());
		model.addAttribute("today", LocalDate.now(this.clock));
		if (!model.containsAttribute("workplaceForm")) {
			model.addAttribute("workplaceForm", new WorkplaceForm());
		}
		if (!model.containsAttribute("contactPersonForm")) {
			model.addAttribute("contactPersonForm", new ContactPersonForm());
		}
		model.addAttribute("municipalities", Municipalities.byName());
		model.addAttribute("countries", countries());
		return "employers/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("employerForm", EmployerForm.of(this.employers.get(id, this.currentUser.scopeForPeople())));
		model.addAttribute("employerId", id);
		return "employers/form";
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @Valid EmployerForm employerForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.employers.get(id, this.currentUser.scopeForPeople());
		if (!Forms.saved(result, () -> this.employers.update(id, employerForm, this.currentUser.scopeForPeople()))) {
			return refused(employerForm, id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/employers/" + id;
	}

	@PostMapping("/{id}/workplaces")
	String addWorkplace(@PathVariable UUID id, @Valid WorkplaceForm workplaceForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!Forms.saved(result,
				() -> this.employers.addWorkplace(id, workplaceForm, this.currentUser.scopeForPeople()))) {
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/employers/" + id;
	}

	@PostMapping("/{id}/contact-persons")
	String addContactPerson(@PathVariable UUID id, @Valid ContactPersonForm contactPersonForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!Forms.saved(result,
				() -> this.employers.addContactPerson(id, contactPersonForm, this.currentUser.scopeForPeople()))) {
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/employers/" + id;
	}

	@PostMapping("/{id}/contact-persons/{personId}/remove")
	String removeContactPerson(@PathVariable UUID id, @PathVariable UUID personId, RedirectAttributes redirect) {
		this.employers.removeContactPerson(id, personId, this.currentUser.scopeForPeople());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/employers/" + id;
	}

	/** A contact person's register extract, on their own request. */
	@GetMapping("/{id}/contact-persons/{personId}/export")
	@ResponseBody
	ResponseEntity<Map<String, Object>> export(@PathVariable UUID id, @PathVariable UUID personId) {
		return Download.of(this.employers.contactPersonExtract(id, personId, this.currentUser.scopeForPeople()),
				org.springframework.http.MediaType.APPLICATION_JSON, "kontaktperson-" + personId + ".json");
	}

	@GetMapping("/{id}/contacts")
	String contacts(@PathVariable UUID id, @RequestParam(required = false) UUID enrollmentId, Model model) {
		var form = new EmployerContactForm(LocalDate.now(this.clock), EmployerContactChannel.PHONE,
				(enrollmentId != null) ? EmployerContactPurpose.JOB_ACQUISITION : EmployerContactPurpose.SALES_CALL,
				this.currentUser.id());
		form.setEnrollmentId(enrollmentId);
		model.addAttribute("employerContactForm", form);
		return contactPage(id, model);
	}

	@PostMapping("/{id}/contacts")
	String log(@PathVariable UUID id, @Valid EmployerContactForm employerContactForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!Forms.saved(result, () -> this.contacts.log(id, employerContactForm, this.currentUser.scopeForPeople()))) {
			return contactPage(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/employers/" + id + "#contacts-heading";
	}

	@PostMapping("/{id}/contacts/{contactId}/done")
	String done(@PathVariable UUID id, @PathVariable UUID contactId,
			@RequestParam(defaultValue = "employer") String back, RedirectAttributes redirect) {
		this.contacts.completeNextStep(contactId, this.currentUser.scopeForPeople());
		redirect.addFlashAttribute("saved", true);
		return back.equals("home") ? "redirect:/" : "redirect:/employers/" + id;
	}

	private String contactPage(UUID id, Model model) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("employer", this.employers.get(id, scope));
		model.addAttribute("contactPersons", this.employers.contactPersons(id));
		model.addAttribute("channels", EmployerContactChannel.values());
		model.addAttribute("purposes", EmployerContactPurpose.values());
		model.addAttribute("projects", this.projects.visible(scope));
		model.addAttribute("caseload", this.enrollments.caseload(scope));
		model.addAttribute("staff", this.access.members(scope.projectIds()));
		return "employers/contacts";
	}

	private String refused(EmployerForm form, UUID id, Model model) {
		model.addAttribute("employerId", id);
		this.employers.withNumber(form.getOrganisationNumber())
			.filter((existing) -> !existing.id().equals(id))
			.ifPresent((existing) -> model.addAttribute("existing", existing));
		return "employers/form";
	}

	/** Countries by their name in the user's language, for a workplace abroad. */
	static List<Map.Entry<String, String>> countries() {
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		return Arrays.stream(Locale.getISOCountries())
			.map((code) -> Map.entry(code, new Locale("", code).getDisplayCountry(locale)))
			.sorted(Map.Entry.comparingByValue())
			.toList();
	}

}
