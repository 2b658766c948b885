package se.steget.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.steget.access.AccessScope;
import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.PersonalIdentityNumber;
import se.steget.core.RejectedInputException;
import se.steget.core.SwedishLevel;
import se.steget.imports.ImportReport.Action;
import se.steget.imports.ImportReport.Planned;
import se.steget.participant.ParticipantForm;
import se.steget.participant.ParticipantManagement;
import se.steget.participant.ParticipantManagement.ImportMatch;
import se.steget.participant.ParticipantManagement.Namesake;

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
			ImportColumn.optional("swedishLevel", "participant.swedishLevel", "svenskanivå", "swedish level"),
			ImportColumn.optional("externalId", "participant.externalId", "externt id", "external id", "deltagar-id",
					"deltagarid", "participant id"));

	/**
	 * The packages whose personal data does not make a person imported by mistake someone
	 * in use: the person's own record, who looked at them, and the import itself.
	 */
	private static final java.util.Set<String> NOT_HOLDING = java.util.Set.of("se.steget.participant",
			"se.steget.access", "se.steget.imports");

	/** How many rows are matched to the register at a time. */
	private static final int BATCH = 500;

	private final ParticipantManagement participants;

	private final HeldElsewhere held;

	private final Validator validator;

	private final MessageSource messages;

	ParticipantImport(ParticipantManagement participants, HeldElsewhere held, Validator validator,
			MessageSource messages) {
		this.participants = participants;
		this.held = held;
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

	/**
	 * Checks every row against the rules and the register, writing nothing: the rows are
	 * matched to the register a batch at a time, and no more than a batch of them is
	 * held.
	 */
	@Override
	public ImportReport check(ImportTable table, ColumnMapping mapping, UUID projectId, AccessScope scope,
			ImportProgress progress) {
		var numbers = new RepeatedNumbers();
		Map<String, List<Integer>> externalIds = new HashMap<>();
		table.forEach((row) -> {
			numbers.add(row.number(), mapping.value(row, "personalIdentityNumber"));
			String externalId = mapping.value(row, "externalId").strip();
			if (!externalId.isEmpty()) {
				externalIds.computeIfAbsent(externalId, (key) -> new ArrayList<>(1)).add(row.number());
			}
		});
		Map<Integer, List<Integer>> repeats = numbers.repeats();
		List<Planned> rows = new ArrayList<>(table.size());
		List<Unmatched> batch = new ArrayList<>(BATCH);
		table.forEach((row) -> {
			List<RowProblem> problems = new ArrayList<>();
			ParticipantForm form = form(row, mapping, problems);
			if (repeats.containsKey(row.number())) {
				problems.add(repeated(row, "personalIdentityNumber", repeats.get(row.number()), mapping));
			}
			List<Integer> sameExternalId = externalIds.getOrDefault(mapping.value(row, "externalId").strip(),
					List.of());
			if (sameExternalId.size() > 1) {
				problems.add(repeated(row, "externalId",
						sameExternalId.stream().filter((other) -> other != row.number()).toList(), mapping));
			}
			rows.add(problems.isEmpty() ? null : new Planned(row.number(), Action.INVALID, null, problems));
			if (problems.isEmpty()) {
				batch.add(new Unmatched(rows.size() - 1, row.number(), form, number(form)));
			}
			if (batch.size() == BATCH) {
				matched(batch, rows, scope);
			}
			progress.row();
		});
		matched(batch, rows, scope);
		return new ImportReport(table.size(), rows);
	}

	/**
	 * Checks the rows and then, unless one cannot be imported and all are wanted, writes
	 * the rows the check plans to create or update.
	 */
	@Override
	public ImportReport write(ImportTable table, ColumnMapping mapping, UUID projectId, AccessScope scope,
			ImportProgress progress, boolean goodRowsOnly) {
		ImportReport report = check(table, mapping, projectId, scope, ImportProgress.NONE);
		if (!goodRowsOnly && !report.clean()) {
			return report;
		}
		return report.withRecords(commit(table, mapping, report, scope, progress));
	}

	/**
	 * Writes the rows the report plans to create or update, as the participant pages
	 * would, the new people a batch at a time; returns the record written for each row
	 * number.
	 */
	private Map<Integer, UUID> commit(ImportTable table, ColumnMapping mapping, ImportReport report, AccessScope scope,
			ImportProgress progress) {
		Map<Integer, UUID> written = new HashMap<>();
		Map<Integer, ParticipantForm> registering = new java.util.LinkedHashMap<>();
		java.util.Iterator<Planned> plans = report.rows().iterator();
		table.forEach((row) -> {
			Planned planned = plans.next();
			if (planned.action() == Action.CREATE) {
				registering.put(planned.row(), form(row, mapping, new ArrayList<>()));
			}
			else if (planned.action() == Action.UPDATE) {
				written.put(planned.row(), updated(planned.recordId(), form(row, mapping, new ArrayList<>()), scope));
			}
			if (registering.size() == BATCH) {
				registered(registering, written, scope);
			}
			progress.row();
		});
		registered(registering, written, scope);
		return written;
	}

	private void registered(Map<Integer, ParticipantForm> registering, Map<Integer, UUID> written, AccessScope scope) {
		if (registering.isEmpty()) {
			return;
		}
		java.util.Iterator<UUID> ids = this.participants.registerAll(List.copyOf(registering.values()), scope)
			.iterator();
		registering.keySet().forEach((row) -> written.put(row, ids.next()));
		registering.clear();
	}

	private UUID updated(UUID id, ParticipantForm form, AccessScope scope) {
		ImportMatch match = this.participants.importMatch(id, scope).orElseThrow();
		if (form.getExternalId() == null) {
			form.setExternalId(match.saved().getExternalId());
		}
		form.setVersion(match.saved().getVersion());
		this.participants.update(match.id(), form, scope);
		return match.id();
	}

	/**
	 * Removes the people the import registered, if none of them has been changed since or
	 * is held by another module (an enrollment, a document, a case note): the register
	 * extract of every module but the person's own record, the audit log of who looked at
	 * them and the import itself is empty for each.
	 */
	@Override
	public Optional<Undo> undo() {
		return Optional.of(Undo.of(this.participants::versionsOf, (created, scope) -> {
			long used = this.held.count(created.keySet(), NOT_HOLDING);
			if (used > 0) {
				throw new RejectedInputException("rows", "participant.error.changedSinceRegistered", used);
			}
			this.participants.removeUnchanged(created);
		}));
	}

	/** A row whose values are right, not yet matched to the register. */
	private record Unmatched(int index, int row, ParticipantForm form, String number) {

		String externalId() {
			return this.form.getExternalId();
		}

		Namesake namesake() {
			return new Namesake(this.form.getFirstName(), this.form.getLastName(),
					PersonalIdentityNumber.parse(this.number).birthDate(), this.number);
		}

	}

	/**
	 * Plans the batch's rows by what the register holds for them, and empties it: a row
	 * is matched by its number, or else by its external id; one whose number and external
	 * id belong to two people, or whose external id belongs to someone with another
	 * number, goes to review.
	 */
	private void matched(List<Unmatched> batch, List<Planned> rows, AccessScope scope) {
		Map<String, ImportMatch> byNumber = this.participants
			.importMatches(batch.stream().map(Unmatched::number).toList(), scope);
		Map<String, ImportMatch> byExternalId = this.participants.importMatchesByExternalId(
				batch.stream().map(Unmatched::externalId).filter(java.util.Objects::nonNull).toList(), scope);
		Set<Namesake> namesakes = this.participants.namesakesBornSameDay(batch.stream()
			.filter((row) -> !byNumber.containsKey(row.number())
					&& (row.externalId() == null || !byExternalId.containsKey(row.externalId())))
			.map(Unmatched::namesake)
			.toList());
		for (Unmatched row : batch) {
			ImportMatch sameExternalId = (row.externalId() != null) ? byExternalId.get(row.externalId()) : null;
			rows.set(row.index(),
					planned(row, byNumber.get(row.number()), sameExternalId, namesakes.contains(row.namesake())));
		}
		batch.clear();
	}

	private static Planned planned(Unmatched row, ImportMatch byNumber, ImportMatch byExternalId, boolean namesake) {
		if (byNumber != null && byExternalId != null && !byNumber.id().equals(byExternalId.id())) {
			return review(row.row(), byNumber.id(), "imports.review.twoRecords");
		}
		if (byNumber != null) {
			return matched(row.row(), row.form(), byNumber, true);
		}
		if (byExternalId != null) {
			boolean reserve = byExternalId.visible() && byExternalId.saved().getPersonalIdentityNumber() == null
					&& !byExternalId.saved().isProtectedIdentity();
			return reserve ? matched(row.row(), row.form(), byExternalId, false)
					: review(row.row(), byExternalId.id(), "imports.review.otherNumber");
		}
		return namesake ? review(row.row(), null, "imports.review.namesake")
				: new Planned(row.row(), Action.CREATE, null, List.of());
	}

	/**
	 * A row matched to a person: unchanged, or an update; an external id left blank keeps
	 * the one saved. Matched by number, the row's number is written as the record writes
	 * it; matched by external id, the row gives a reserve identity its number.
	 */
	private static Planned matched(int row, ParticipantForm form, ImportMatch found, boolean byNumber) {
		if (!found.visible()) {
			return review(row, found.id(), "imports.review.notVisible");
		}
		if (found.saved().isProtectedIdentity()) {
			return review(row, found.id(), "imports.review.protected");
		}
		if (byNumber) {
			form.setPersonalIdentityNumber(found.saved().getPersonalIdentityNumber());
		}
		if (form.getExternalId() == null) {
			form.setExternalId(found.saved().getExternalId());
		}
		boolean same = byNumber && form.differencesFrom(found.saved()).isEmpty();
		return new Planned(row, same ? Action.UNCHANGED : Action.UPDATE, found.id(), List.of());
	}

	private static Planned review(int row, UUID id, String reason) {
		return new Planned(row, Action.REVIEW, id, List.of(new RowProblem(row, "", "", reason)));
	}

	private static RowProblem repeated(ImportTable.Row row, String field, List<Integer> others, ColumnMapping mapping) {
		String rows = String.join(", ", others.stream().map(String::valueOf).toList());
		String messageKey = "personalIdentityNumber".equals(field) ? "imports.error.repeated"
				: "imports.error.repeatedValue";
		return new RowProblem(row.number(), mapping.title(field), mapping.value(row, field), messageKey, rows);
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
		form.setExternalId(values.text("externalId"));
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
