package se.steget.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import se.steget.access.AccessScope;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.enrollment.EnrollmentForm;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentManagement.Enrolled;
import se.steget.enrollment.EnrollmentRemovals;
import se.steget.enrollment.EnrollmentView;
import se.steget.enrollment.ExitForm;
import se.steget.enrollment.ExitReason;
import se.steget.enrollment.PathManagement;
import se.steget.enrollment.TrackChangeForm;
import se.steget.imports.ImportReport.Action;
import se.steget.imports.ImportReport.Planned;
import se.steget.participant.ParticipantManagement;
import se.steget.participant.ParticipantManagement.ImportMatch;
import se.steget.project.TrackManagement;
import se.steget.project.TrackView;

/**
 * Enrollments in the project chosen for the file: each row a registered participant's
 * stay, with its start, track, and exit if it has ended. The check makes each enrollment
 * as the enrollment pages would, in a savepoint of its own, and undoes them all: the
 * rules are the enrollment module's own (no overlaps, the project's period, the track's
 * order), and rows later in the file meet the earlier ones. A row is matched to an
 * existing enrollment by participant, project and start.
 */
@Component
@Order(2)
class EnrollmentImport extends TriedKind {

	static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("personalIdentityNumber", "participant.personalIdentityNumber", "personnummer", "pnr",
					"personal identity number"),
			ImportColumn.required("startDate", "enrollment.startDate", "start", "inskriven", "start date"),
			ImportColumn.optional("track", "enrollment.track", "spår", "fas", "track", "phase"),
			ImportColumn.optional("participationPercent", "enrollment.participationPercent", "omfattning",
					"participation"),
			ImportColumn.optional("plannedEndDate", "enrollment.plannedEndDate", "planerat slut", "planned end"),
			ImportColumn.optional("exitDate", "enrollment.exitDate", "avslut", "slutdatum", "exit date", "end date"),
			ImportColumn.optional("exitReason", "enrollment.exitReason", "orsak", "avslutsorsak", "exit reason"),
			ImportColumn.optional("exitNote", "enrollment.exitNote", "avslutsanteckning", "exit note"));

	/**
	 * The packages whose data about a person does not keep an enrollment imported by
	 * mistake: the person's record and stays themselves, the counts kept from them, who
	 * looked, and the import.
	 */
	private static final Set<String> NOT_HOLDING = Set.of("se.steget.participant", "se.steget.enrollment",
			"se.steget.reporting", "se.steget.access", "se.steget.imports");

	/** The columns of the fields the enrollment module names in its refusals. */
	private static final Map<String, String> FIELDS = Map.of("participantId", "personalIdentityNumber", "trackId",
			"track", "changedOn", "startDate");

	private final ParticipantManagement participants;

	private final EnrollmentManagement enrollments;

	private final PathManagement paths;

	private final TrackManagement tracks;

	private final Validator validator;

	private final MessageSource messages;

	private final EnrollmentRemovals removals;

	private final HeldElsewhere held;

	EnrollmentImport(ParticipantManagement participants, EnrollmentManagement enrollments, PathManagement paths,
			TrackManagement tracks, Validator validator, MessageSource messages,
			PlatformTransactionManager transactions, EnrollmentRemovals removals, HeldElsewhere held) {
		super(transactions);
		this.participants = participants;
		this.enrollments = enrollments;
		this.removals = removals;
		this.held = held;
		this.paths = paths;
		this.tracks = tracks;
		this.validator = validator;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "enrollments";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public boolean inProject() {
		return true;
	}

	/**
	 * Removes the enrollments the import made, all or none: refused while one has been
	 * changed since, or its person has records in another module (a contact, an outcome,
	 * hours), which may be of that stay.
	 */
	@Override
	public Optional<Undo> undo() {
		return Optional.of(Undo.of(this.removals::versionsOf, (created, scope) -> {
			long used = this.held.count(this.removals.participantsOf(created.keySet()).values(), NOT_HOLDING);
			if (used > 0) {
				throw new RejectedInputException("rows", "enrollment.error.changedSinceImported", used);
			}
			this.removals.removeUnchanged(created);
		}));
	}

	/**
	 * Plans a pass's rows a batch at a time, in order, each meeting the rows above it: a
	 * row that only enrolls is enrolled with the rows like it next to it, in one call;
	 * one with a track or an exit is tried in a savepoint of its own.
	 */
	@Override
	Planner planner(ColumnMapping mapping, UUID projectId, AccessScope scope) {
		Map<String, TrackView> byName = tracksOf(projectId);
		Map<String, Integer> firstRow = new HashMap<>();
		var people = new RegisteredPeople(this.participants, mapping, scope);
		return new Planner() {

			@Override
			public Planned plan(ImportTable.Row row) {
				return planAll(List.of(row)).get(0);
			}

			@Override
			public List<Planned> planAll(List<ImportTable.Row> lines) {
				people.readFor(lines);
				return planned(lines, mapping, projectId, byName, people, firstRow, scope);
			}

		};
	}

	private List<Planned> planned(List<ImportTable.Row> lines, ColumnMapping mapping, UUID projectId,
			Map<String, TrackView> byName, RegisteredPeople people, Map<String, Integer> firstRow, AccessScope scope) {
		Map<UUID, List<EnrollmentView>> stays = this.enrollments.ofParticipants(people.visibleIds(), scope);
		var plans = new ArrayList<Planned>(lines.size());
		var enrolling = new ArrayList<Waiting>();
		for (ImportTable.Row line : lines) {
			Step step = step(line, mapping, projectId, byName, people, stays, firstRow);
			if (step.settled() != null) {
				plans.add(step.settled());
			}
			else if (step.onlyEnrolls()) {
				enrolling.add(new Waiting(plans.size(), step.row()));
				plans.add(null);
			}
			else {
				enrolled(enrolling, plans, projectId, scope);
				plans.add(tried(step, projectId, scope));
			}
		}
		enrolled(enrolling, plans, projectId, scope);
		return plans;
	}

	/**
	 * What a row comes to before anything is written: settled (bad, unchanged, or for
	 * review), or a row to write, creating an enrollment or changing the existing one.
	 */
	private record Step(Planned settled, Row row, Action action, UUID existing) {

		boolean onlyEnrolls() {
			return this.action == Action.CREATE && this.row.track() == null && this.row.exit() == null;
		}

	}

	private Step step(ImportTable.Row line, ColumnMapping mapping, UUID projectId, Map<String, TrackView> byName,
			RegisteredPeople people, Map<UUID, List<EnrollmentView>> stays, Map<String, Integer> firstRow) {
		List<RowProblem> problems = new ArrayList<>();
		Row row = row(line, mapping, byName, problems);
		if (!problems.isEmpty()) {
			return settled(new Planned(line.number(), Action.INVALID, null, problems));
		}
		Integer earlier = firstRow.putIfAbsent(row.number() + "/" + row.start(), line.number());
		if (earlier != null) {
			return settled(invalid(row, "personalIdentityNumber", "imports.error.repeated", earlier));
		}
		Optional<ImportMatch> match = people.match(row.number());
		if (match.isEmpty()) {
			return settled(invalid(row, "personalIdentityNumber", "imports.error.notRegistered"));
		}
		if (!match.get().visible()) {
			return settled(new Planned(line.number(), Action.REVIEW, match.get().id(),
					List.of(new RowProblem(line.number(), "", "", "imports.review.notVisible"))));
		}
		row = row.of(match.get().id());
		Optional<EnrollmentView> existing = existing(row, projectId, stays);
		if (existing.isPresent() && (row.exit() == null || existing.get().exitDate() != null)) {
			return settled(new Planned(line.number(), Action.UNCHANGED, existing.get().id(), List.of()));
		}
		return new Step(null, row, existing.isPresent() ? Action.UPDATE : Action.CREATE,
				existing.map(EnrollmentView::id).orElse(null));
	}

	private static Step settled(Planned planned) {
		return new Step(planned, null, null, null);
	}

	/** A row that only enrolls, waiting to be enrolled with others at its place. */
	private record Waiting(int place, Row row) {
	}

	/**
	 * Enrolls the rows waiting to, in one call, and plans each at its place; empties
	 * them.
	 */
	private void enrolled(List<Waiting> waiting, List<Planned> plans, UUID projectId, AccessScope scope) {
		List<Waiting> valid = new ArrayList<>();
		List<EnrollmentForm> forms = new ArrayList<>();
		for (Waiting row : waiting) {
			EnrollmentForm form = form(row.row(), projectId);
			try {
				refuseInvalid(form);
				valid.add(row);
				forms.add(form);
			}
			catch (RejectedInputException refused) {
				plans.set(row.place(), refused(row.row(), refused));
			}
		}
		List<Enrolled> enrolled = forms.isEmpty() ? List.of() : this.enrollments.enrollAll(forms, scope);
		for (int i = 0; i < valid.size(); i++) {
			plans.set(valid.get(i).place(), planned(valid.get(i).row(), enrolled.get(i)));
		}
		waiting.clear();
	}

	private static Planned planned(Row row, Enrolled enrolled) {
		if (!enrolled.refused()) {
			return new Planned(row.line().number(), Action.CREATE, enrolled.id(), List.of());
		}
		if (enrolled.refusal() instanceof RejectedInputException refusal) {
			return refused(row, refusal);
		}
		return invalid(row, "personalIdentityNumber", "imports.review.notVisible");
	}

	/**
	 * A row tried in a savepoint of its own: what importing it does, or why it cannot.
	 */
	private Planned tried(Step step, UUID projectId, AccessScope scope) {
		try {
			UUID written = this.trial.write(() -> write(step.row(), step.action(), step.existing(), projectId, scope));
			return new Planned(step.row().line().number(), step.action(), written, List.of());
		}
		catch (RejectedInputException refusal) {
			return refused(step.row(), refusal);
		}
		catch (NotFoundException hidden) {
			return invalid(step.row(), "personalIdentityNumber", "imports.review.notVisible");
		}
	}

	/** The row as refused, each refusal on the column of its field. */
	private static Planned refused(Row row, RejectedInputException refusal) {
		var values = new RowValues(row.line(), row.mapping(), new ArrayList<>());
		refusal.rejections()
			.forEach((r) -> values.refused(FIELDS.getOrDefault(r.field(), r.field()), r.messageKey(), r.args()));
		return new Planned(row.line().number(), Action.INVALID, null, values.problems());
	}

	private static EnrollmentForm form(Row row, UUID projectId) {
		var form = new EnrollmentForm();
		form.setParticipantId(row.participantId());
		form.setProjectId(projectId);
		form.setStartDate(row.start());
		form.setActive(true);
		if (row.percent() != null) {
			form.setParticipationPercent(row.percent());
		}
		form.setPlannedEndDate(row.plannedEnd());
		return form;
	}

	/**
	 * Enrolls the row's participant (in its track, and exited if it has ended), or exits
	 * the enrollment.
	 */
	private UUID write(Row row, Action action, UUID existing, UUID projectId, AccessScope scope) {
		UUID id = existing;
		if (action == Action.CREATE) {
			EnrollmentForm form = form(row, projectId);
			refuseInvalid(form);
			id = this.enrollments.enroll(form, scope);
			if (row.track() != null) {
				var track = new TrackChangeForm();
				track.setTrackId(row.track().id());
				track.setChangedOn(row.start());
				this.paths.changeTrack(id, track, scope.userId(), scope);
			}
		}
		if (row.exit() != null) {
			var exit = new ExitForm();
			exit.setExitDate(row.exit());
			exit.setExitReason(row.exitReason());
			exit.setExitNote(row.exitNote());
			refuseInvalid(exit);
			this.enrollments.exit(id, exit, scope);
		}
		return id;
	}

	private <T> void refuseInvalid(T form) {
		FormRules.refuseInvalid(this.validator, form);
	}

	/**
	 * The stay the row is, among the person's stays read for its batch: a stay an earlier
	 * row of the batch made has another start, or the row repeats that row.
	 */
	private static Optional<EnrollmentView> existing(Row row, UUID projectId, Map<UUID, List<EnrollmentView>> stays) {
		return stays.getOrDefault(row.participantId(), List.of())
			.stream()
			.filter((e) -> e.projectId().equals(projectId) && e.startDate().equals(row.start()))
			.findFirst();
	}

	private static Planned invalid(Row row, String field, String messageKey, Object... args) {
		return new Planned(row.line().number(), Action.INVALID, null, List.of(new RowProblem(row.line().number(),
				row.mapping().title(field), row.mapping().value(row.line(), field), messageKey, args)));
	}

	private Map<String, TrackView> tracksOf(UUID projectId) {
		Map<String, TrackView> byName = new HashMap<>();
		this.tracks.tracks(projectId).forEach((track) -> byName.put(ImportValues.key(track.name()), track));
		return byName;
	}

	/** The row's values as read, every one that cannot be read a problem. */
	private Row row(ImportTable.Row line, ColumnMapping mapping, Map<String, TrackView> tracks,
			List<RowProblem> problems) {
		var values = new RowValues(line, mapping, problems);
		String number = values.read("personalIdentityNumber", ImportValues::personalIdentityNumber,
				"error.personalIdentityNumber");
		LocalDate start = values.read("startDate", ImportValues::date, "imports.error.date");
		if (values.text("personalIdentityNumber") == null) {
			values.refused("personalIdentityNumber", "error.required");
		}
		if (values.text("startDate") == null) {
			values.refused("startDate", "error.required");
		}
		TrackView track = values.read("track", (name) -> Optional.ofNullable(tracks.get(ImportValues.key(name))),
				"imports.error.track");
		Integer percent = values.read("participationPercent", ImportValues::wholeNumber, "imports.error.number");
		LocalDate plannedEnd = values.read("plannedEndDate", ImportValues::date, "imports.error.date");
		LocalDate exit = values.read("exitDate", ImportValues::date, "imports.error.date");
		ExitReason reason = values.read("exitReason",
				(text) -> ImportValues.choice(this.messages, ExitReason.class, "exitReason", text),
				"imports.error.exitReason");
		return new Row(line, mapping, number, null, start, track, percent, plannedEnd, exit, reason,
				values.text("exitNote"));
	}

	/** A row's values, once read; the participant once found. */
	private record Row(ImportTable.Row line, ColumnMapping mapping, String number, UUID participantId, LocalDate start,
			TrackView track, Integer percent, LocalDate plannedEnd, LocalDate exit, ExitReason exitReason,
			String exitNote) {

		Row of(UUID participant) {
			return new Row(this.line, this.mapping, this.number, participant, this.start, this.track, this.percent,
					this.plannedEnd, this.exit, this.exitReason, this.exitNote);
		}

	}

}
