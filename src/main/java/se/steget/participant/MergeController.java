package se.steget.participant;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.AccessScope;
import se.steget.access.CurrentUser;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;

/**
 * The duplicate finder and the merge of two persons, for managers: the pairs that may be
 * one person, the two side by side with a choice for every field, and the merge; the kept
 * person's page shows the merges in their history.
 */
@Controller
@RequestMapping("/participants/duplicates")
class MergeController implements ParticipantPageSection {

	private final ParticipantMerge merges;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	MergeController(ParticipantMerge merges, CurrentUser currentUser, MessageSource messages) {
		this.merges = merges;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@Override
	public void contribute(UUID participantId, AccessScope scope, Model model) {
		model.addAttribute("merges", this.merges.history(participantId));
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("pairs", this.merges.candidates(this.currentUser.scope()));
		return "participants/duplicates";
	}

	@GetMapping("/merge")
	String form(@RequestParam UUID kept, @RequestParam UUID removed, Model model, Locale locale) {
		return form(kept, removed, Set.of(), model, locale);
	}

	@PostMapping("/merge")
	String merge(@RequestParam UUID keptId, @RequestParam UUID removedId,
			@RequestParam(required = false) Integer keptVersion, @RequestParam(required = false) Integer removedVersion,
			@RequestParam Map<String, String> params, Model model, Locale locale, RedirectAttributes redirect) {
		Set<String> fromRemoved = new HashSet<>();
		MergeForm.FIELDS.forEach((field) -> {
			if ("removed".equals(params.get("take." + field))) {
				fromRemoved.add(field);
			}
		});
		try {
			this.merges.merge(new MergeForm(keptId, removedId, keptVersion, removedVersion, fromRemoved),
					this.currentUser.scope());
		}
		catch (StaleEditException ex) {
			model.addAttribute("stale", true);
			return form(keptId, removedId, Set.of(), model, locale);
		}
		catch (RejectedInputException ex) {
			model.addAttribute("mergeRefused", ex);
			return form(keptId, removedId, fromRemoved, model, locale);
		}
		redirect.addFlashAttribute("merged", true);
		return "redirect:/participants/" + keptId;
	}

	private String form(UUID kept, UUID removed, Set<String> fromRemoved, Model model, Locale locale) {
		List<ParticipantSummary> pair = this.merges.pair(kept, removed, this.currentUser.scope());
		ParticipantSummary first = pair.get(0);
		ParticipantSummary second = pair.get(1);
		model.addAttribute("kept", first);
		model.addAttribute("removed", second);
		model.addAttribute("fields",
				MergeForm.FIELDS.stream()
					.map((field) -> new FieldChoice(field, "merge.field." + field, shown(first, field, locale),
							shown(second, field, locale), fromRemoved.contains(field)))
					.toList());
		return "participants/merge";
	}

	/** A field's value of one person, as the page shows it. */
	private String shown(ParticipantSummary person, String field, Locale locale) {
		Object value = switch (field) {
			case "personalIdentityNumber" -> person.reserveIdentity()
					? message("participant.reserveShown", locale, person.reserveDocument()) : person.formattedNumber();
			case "name" -> person.name();
			case "gender" -> message("gender." + person.gender(), locale);
			case "municipalityCode" -> person.municipalityName();
			case "birthRegion" -> choice("birthRegion", person.birthRegion(), locale);
			case "educationLevel" -> choice("educationLevel", person.educationLevel(), locale);
			case "disability" -> (person.disability() == null) ? message("select.unknown", locale)
					: message(person.disability() ? "value.yes" : "value.no", locale);
			case "monthsUnemployed" ->
				(person.monthsUnemployed() == null) ? message("select.unknown", locale) : person.monthsUnemployed();
			case "swedishLevel" -> choice("swedishLevel", person.swedishLevel(), locale);
			default -> throw new IllegalArgumentException(field);
		};
		return String.valueOf(value);
	}

	private String choice(String prefix, Enum<?> value, Locale locale) {
		return (value == null) ? message("select.unknown", locale) : message(prefix + "." + value.name(), locale);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** One field of the merge: both values, and whether the removed person's is taken. */
	record FieldChoice(String field, String labelKey, String keptValue, String removedValue, boolean fromRemoved) {

		public boolean differs() {
			return !this.keptValue.equals(this.removedValue);
		}

	}

}
