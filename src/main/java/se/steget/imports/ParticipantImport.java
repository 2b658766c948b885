package se.steget.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import se.steget.access.AccessScope;
import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.PersonalData;
import se.steget.core.PersonalIdentityNumber;
import se.steget.core.RejectedInputException;
import se.steget.core.SwedishLevel;
import se.steget.imports.ImportReport.Action;
import se.steget.imports.ImportReport.Planned;
import se.steget.participant.ParticipantForm;
import se.steget.participant.ParticipantManagement;
import se.steget.participant.ParticipantManagement.ImportMatch;

/**
 * Participants from a file, with the situation at the start: each row becomes the form
 * the participant pages use and is checked by the same rules (its annotations and the
 * participant module's identity rules). A row is matched to a registered person by the
 * personal identity number; one whose name and birth date match someone with another
 * number, or who is registered where the user cannot see, goes to review.
 */
@Component
@Order(1)
class ParticipantImport implements ImportKind {

	static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("personalIdentityNumber", "participant.personalIdentityNumber", "personnummer", "pnr",
					"samordningsnummer", "personal identity number", "personal number"),
			ImportColumn.required("firstName", "participant.firstName", "förnamn", "first name", "given name"),
			ImportColumn.required("lastName", "participant.lastName", "efternamn", "last name", "surname"),
			ImportColumn.required("gender", "participant.gender", "kön", "gender", "sex"),
			ImportColumn.required("municipalityCode", "participant.municipality", "kommun", "kommunkod", "municipality",
					"municipality code"),
			ImportColumn.optional("protectedIdentity", "participant.protectedIdentity", "skyddad identitet",
					"protected identity"),
			ImportColumn.optional("birthRegion", "participant.birthRegion", "födelseregion", "birth region"),
			ImportColumn.optional("educationLevel", "participant.educationLevel", "utbildningsnivå", "utbildning",
					"education", "education level"),
			ImportColumn.optional("disability", "participant.disability", "funktionsnedsättning", "disability"),
			ImportColumn.optional("monthsUnemployed", "participant.monthsUnemployed", "månader arbetslös",
					"months unemployed"),
			ImportColumn.optional("swedishLevel", "participant.swedishLevel", "svenskanivå", "swedish level"));

	/**
	 * The packages whose personal data does not make a person imported by mistake someone
	 * in use: the person's own record, who looked at them, and the import itself.
	 */
	private static final java.util.Set<String> NOT_HOLDING = java.util.Set.of("se.steget.participant",
			"se.steget.access", "se.steget.imports");

	private final ParticipantManagement participants;

	private final ObjectProvider<PersonalData> personalData;

	private final Validator validator;

	private final MessageSource messages;

	ParticipantImport(ParticipantManagement participants, ObjectProvider<PersonalData> personalData,
			Validator validator, MessageSource messages) {
		this.participants = participants;
		this.personalData = personalData;
		this.validator = validator;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "participants";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public boolean inProject() {
		return false;
	}

	/** Checks every row against the rules and the register, writing nothing. */
	@Override
	public ImportReport check(ImportTable table, ColumnMapping mapping, UUID projectId, AccessScope scope,
			ImportProgress progress) {
		List<Planned> rows = new ArrayList<>();
		Map<String, List<Integer>> byNumber = new HashMap<>();
		List<ParticipantForm> forms = new ArrayList<>();
		for (ImportTable.Row row : table.rows()) {
			List<RowProblem> problems = new ArrayList<>();
			ParticipantForm form = form(row, mapping, problems);
			forms.add(form);
			if (problems.isEmpty()) {
				byNumber.computeIfAbsent(number(form), (key) -> new ArrayList<>()).add(row.number());
			}
			rows.add(new Planned(row.number(), problems.isEmpty() ? Action.CREATE : Action.INVALID, null, problems));
		}
		for (int i = 0; i < rows.size(); i++) {
			Planned planned = rows.get(i);
			if (planned.action() == Action.INVALID) {
				continue;
			}
			List<Integer> same = byNumber.get(number(forms.get(i)));
			rows.set(i, (same.size() > 1) ? repeated(planned, same, mapping, table.rows().get(i))
					: matched(planned.row(), forms.get(i), scope));
			progress.row();
		}
		return new ImportReport(table.rows().size(), rows);
	}

	/**
	 * Imports the rows the report plans to create or update, as the participant pages
	 * would, in the caller's transaction; returns the record written for each row number.
	 */
	@Override
	public Map<Integer, UUID> commit(ImportTable table, ColumnMapping mapping, ImportReport report, UUID projectId,
			AccessScope scope, ImportProgress progress) {
		Map<Integer, UUID> written = new HashMap<>();
		for (int i = 0; i < table.rows().size(); i++) {
			Planned planned = report.rows().get(i);
			ParticipantForm form = form(table.rows().get(i), mapping, new ArrayList<>());
			if (planned.action() == Action.CREATE) {
				written.put(planned.row(), this.participants.register(form, scope));
			}
			else if (planned.action() == Action.UPDATE) {
				ImportMatch match = this.participants.importMatch(number(form), scope).orElseThrow();
				form.setVersion(match.saved().getVersion());
				this.participants.update(match.id(), form, scope);
				written.put(planned.row(), match.id());
			}
			progress.row();
		}
		return written;
	}

	/**
	 * Removes the people the import registered, if none of them has been changed since or
	 * is held by another module (an enrollment, a document, a case note): the register
	 * extract of every module but the person's own record, the audit log of who looked at
	 * them and the import itself is empty for each.
	 */
	@Override
	public boolean undoable() {
		return true;
	}

	@Override
	public void undo(List<UUID> created, AccessScope scope) {
		long used = created.stream().filter(this::heldElsewhere).count();
		if (used > 0) {
			throw new RejectedInputException("rows", "participant.error.changedSinceRegistered", used);
		}
		this.participants.removeUnchanged(created);
	}

	private boolean heldElsewhere(UUID participantId) {
		return this.personalData.stream()
			.filter((data) -> !NOT_HOLDING.contains(ClassUtils.getUserClass(data).getPackageName()))
			.flatMap((data) -> data.describe(participantId).values().stream())
			.anyMatch((rows) -> !rows.isEmpty());
	}

	private Planned matched(int row, ParticipantForm form, AccessScope scope) {
		Optional<ImportMatch> match = this.participants.importMatch(number(form), scope);
		if (match.isEmpty()) {
			LocalDate born = PersonalIdentityNumber.parse(form.getPersonalIdentityNumber()).birthDate();
			boolean namesake = this.participants.namesakeBornSameDay(form.getFirstName(), form.getLastName(), born,
					number(form));
			return namesake ? review(row, null, "imports.review.namesake")
					: new Planned(row, Action.CREATE, null, List.of());
		}
		ImportMatch found = match.get();
		if (!found.visible()) {
			return review(row, found.id(), "imports.review.notVisible");
		}
		if (found.saved().isProtectedIdentity()) {
			return review(row, found.id(), "imports.review.protected");
		}
		// the same number, as the record writes it
		form.setPersonalIdentityNumber(found.saved().getPersonalIdentityNumber());
		boolean same = form.differencesFrom(found.saved()).isEmpty();
		return new Planned(row, same ? Action.UNCHANGED : Action.UPDATE, found.id(), List.of());
	}

	private static Planned review(int row, UUID id, String reason) {
		return new Planned(row, Action.REVIEW, id, List.of(new RowProblem(row, "", "", reason)));
	}

	private static Planned repeated(Planned planned, List<Integer> rows, ColumnMapping mapping, ImportTable.Row row) {
		String others = rows.stream()
			.filter((n) -> n != planned.row())
			.map(String::valueOf)
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
		return new Planned(planned.row(), Action.INVALID, null,
				List.of(new RowProblem(planned.row(), mapping.title("personalIdentityNumber"),
						mapping.value(row, "personalIdentityNumber"), "imports.error.repeated", others)));
	}

	private static String number(ParticipantForm form) {
		return PersonalIdentityNumber.parse(form.getPersonalIdentityNumber()).value();
	}

	/**
	 * The row as the participant form, with every value that could not be read a problem.
	 */
	private ParticipantForm form(ImportTable.Row row, ColumnMapping mapping, List<RowProblem> problems) {
		var form = new ParticipantForm();
		var values = new RowValues(row, mapping, problems);
		form.setPersonalIdentityNumber(values.text("personalIdentityNumber"));
		form.setFirstName(values.text("firstName"));
		form.setLastName(values.text("lastName"));
		form.setGender(values.read("gender", ImportValues::gender, "imports.error.gender"));
		form.setMunicipalityCode(
				values.read("municipalityCode", ImportValues::municipality, "imports.error.municipality"));
		form.setProtectedIdentity(
				Boolean.TRUE.equals(values.read("protectedIdentity", ImportValues::yesNo, "imports.error.yesNo")));
		form.setBirthRegion(values.read("birthRegion",
				(text) -> ImportValues.choice(this.messages, BirthRegion.class, "birthRegion", text),
				"imports.error.choice"));
		form.setEducationLevel(values.read("educationLevel",
				(text) -> ImportValues.choice(this.messages, EducationLevel.class, "educationLevel", text),
				"imports.error.choice"));
		form.setDisability(values.read("disability", ImportValues::yesNo, "imports.error.yesNo"));
		form.setMonthsUnemployed(values.read("monthsUnemployed", ImportValues::wholeNumber, "imports.error.number"));
		form.setSwedishLevel(values.read("swedishLevel",
				(text) -> ImportValues.choice(this.messages, SwedishLevel.class, "swedishLevel", text),
				"imports.error.choice"));
		if (problems.isEmpty()) {
			problems.addAll(ruleProblems(form, row, mapping));
		}
		return form;
	}

	/** What the form's rules say about it, each on its column. */
	private List<RowProblem> ruleProblems(ParticipantForm form, ImportTable.Row row, ColumnMapping mapping) {
		List<RowProblem> problems = new ArrayList<>();
		for (ConstraintViolation<ParticipantForm> violation : this.validator.validate(form)) {
			String field = violation.getPropertyPath().toString();
			String template = violation.getMessageTemplate();
			String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
			problems.add(new RowProblem(row.number(), mapping.title(field), mapping.value(row, field), key));
		}
		if (problems.isEmpty()) {
			for (RejectedInputException refusal : this.participants.identityProblems(form)) {
				problems.add(new RowProblem(row.number(), mapping.title(refusal.field()),
						mapping.value(row, refusal.field()), refusal.messageKey(), refusal.args()));
			}
		}
		problems.sort(java.util.Comparator.comparing(RowProblem::column));
		return problems;
	}

}
