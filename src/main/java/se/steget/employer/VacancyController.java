package se.steget.employer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.CurrentUser;
import se.steget.core.EducationLevel;
import se.steget.core.Forms;
import se.steget.core.Municipalities;
import se.steget.core.Occupations;
import se.steget.core.SwedishLevel;

/**
 * The list of vacancies and places with its filters, and the form that publishes or
 * changes one; a vacancy's own page, with its matches and proposals, is matching's.
 */
@Controller
class VacancyController {

	private final VacancyManagement vacancies;

	private final EmployerManagement employers;

	private final EmployerContactManagement contacts;

	private final CurrentUser currentUser;

	private final Clock clock;

	VacancyController(VacancyManagement vacancies, EmployerManagement employers, EmployerContactManagement contacts,
			CurrentUser currentUser, Clock clock) {
		this.vacancies = vacancies;
		this.employers = employers;
		this.contacts = contacts;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping("/vacancies")
	String list(@RequestParam(required = false) String municipality, @RequestParam(required = false) String field,
			@RequestParam(required = false) PlaceKind kind, @RequestParam(defaultValue = "OPEN") VacancyStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var filter = new VacancyFilter(municipality, field, kind, status, null);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.vacancies.search(filter, page, this.currentUser.scopeForPeople()));
		model.addAttribute("municipalities", Municipalities.byName());
		model.addAttribute("fields", Occupations.FIELDS);
		model.addAttribute("kinds", PlaceKind.values());
		model.addAttribute("statuses", VacancyStatus.values());
		return "vacancies/list";
	}

	@GetMapping("/employers/{id}/vacancies/new")
	String create(@PathVariable UUID id, @RequestParam(required = false) UUID contactId, Model model) {
		var form = new VacancyForm();
		form.setPublishedOn(LocalDate.now(this.clock));
		if (contactId != null) {
			form.setSource(VacancySource.HIDDEN);
			form.setFoundInContactId(contactId);
		}
		model.addAttribute("vacancyForm", form);
		return form(id, null, model);
	}

	@PostMapping("/employers/{id}/vacancies/new")
	String create(@PathVariable UUID id, @Valid VacancyForm vacancyForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID vacancy = Forms.created(result,
				() -> this.vacancies.publish(id, vacancyForm, this.currentUser.scopeForPeople()));
		if (vacancy == null) {
			return form(id, null, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/vacancies/" + vacancy;
	}

	@GetMapping("/vacancies/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		VacancyView vacancy = this.vacancies.get(id, this.currentUser.scopeForPeople());
		model.addAttribute("vacancyForm", VacancyForm.of(vacancy));
		return form(vacancy.employerId(), id, model);
	}

	@PostMapping("/vacancies/{id}/edit")
	String edit(@PathVariable UUID id, @Valid VacancyForm vacancyForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!Forms.saved(result, () -> this.vacancies.update(id, vacancyForm, this.currentUser.scopeForPeople()))) {
			return form(this.vacancies.get(id, this.currentUser.scopeForPeople()).employerId(), id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/vacancies/" + id;
	}

	@PostMapping("/vacancies/{id}/close")
	String close(@PathVariable UUID id, RedirectAttributes redirect) {
		this.vacancies.close(id, this.currentUser.scopeForPeople());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/vacancies/" + id;
	}

	private String form(UUID employerId, UUID vacancyId, Model model) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("employer", this.employers.get(employerId, scope));
		model.addAttribute("vacancyId", vacancyId);
		model.addAttribute("workplaces", this.employers.workplaces(employerId));
		model.addAttribute("contacts", this.contacts.ofEmployer(employerId, scope));
		model.addAttribute("occupations", Occupations.all());
		model.addAttribute("municipalities", Municipalities.byName());
		model.addAttribute("countries", EmployerController.countries());
		model.addAttribute("kinds", PlaceKind.values());
		model.addAttribute("types", EmploymentType.values());
		model.addAttribute("sources", VacancySource.values());
		model.addAttribute("swedishLevels", SwedishLevel.values());
		model.addAttribute("educationLevels", EducationLevel.values());
		return "vacancies/form";
	}

}
