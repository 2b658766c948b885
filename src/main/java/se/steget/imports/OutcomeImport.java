package se.steget.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import se.steget.access.AccessScope;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;
import se.steget.imports.ImportReport.Action;
import se.steget.imports.ImportReport.Planned;
import se.steget.outcome.DropoutReason;
import se.steget.outcome.FollowUpPoint;
import se.steget.outcome.OutcomeForm;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.outcome.OutcomeSource;
import se.steget.outcome.OutcomeView;
import se.steget.participant.ParticipantManagement;
import se.steget.participant.ParticipantManagement.ImportMatch;

/**
 * Outcomes and follow-ups in the project chosen for the file: each row what a participant
 * was doing on leaving, or at one of the project's follow-up points (named, or by its
 * days after exit), recorded on the participant's latest stay in the project that had
 * ended by then. The check records each as the outcome page would, in a savepoint of its
 * own, and undoes them all: the rules are the outcome module's. A row is matched to the
 * outcome already recorded on the stay at the same point; one that says something else
 * goes to review, since correcting an outcome is a person's decision.
 */
@Component
@Order(4)
class OutcomeImport extends TriedKind {

	static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("personalIdentityNumber", "participant.personalIdentityNumber", "personnummer", "pnr",
					"personal identity number"),
			ImportColumn.optional("followUp", "outcome.point", "tidpunkt", "uppföljning", "follow-up", "point"),
			ImportColumn.required("observedOn", "outcome.observedOn", "gäller från", "datum", "observed on", "date"),
			ImportColumn.required("kind", "outcome.kind", "utfall", "outcome"),
			ImportColumn.optional("source", "outcome.source", "källa", "source"),
			ImportColumn.optional("outsideHomeMunicipality", "outcome.outsideHomeMunicipality", "utanför hemkommunen",
					"outside home municipality"),
			ImportColumn.optional("dropoutReason", "outcome.dropoutReason", "orsak till avbrott", "dropout reason"),
			ImportColumn.optional("note", "outcome.note", "anteckning", "note"));

	private final ParticipantManagement participants;

	private final EnrollmentManagement enrollments;

	private final OutcomeManagement outcomes;

	private final Validator validator;

	private final MessageSource messages;

	OutcomeImport(ParticipantManagement participants, EnrollmentManagement enrollments, OutcomeManagement outcomes,
			Validator validator, MessageSource messages, PlatformTransactionManager transactions) {
		super(transactions);
		this.participants = participants;
		this.enrollments = enrollments;
		this.outcomes = outcomes;
		this.validator = validator;
		this.messages = messages;
	}

	/**
	 * Removes the outcomes the import made, all or none, as the case pages remove one:
	 * refused while one has been changed or removed since.
	 */
	@Override
	public Optional<Undo> undo() {
		return Optional.of(Undo.of(this.outcomes::versionsOf, this.outcomes::removeUnchanged));
	}

	@Override
	public String name() {
		return "outcomes";
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
	 * Plans a pass's rows: each tried in a savepoint of its own, meeting the rows above
	 * it.
	 */
	@Override
	Planner planner(ColumnMapping mapping, UUID projectId, AccessScope scope) {
		List<FollowUpPoint> points = this.outcomes.followUpPoints(projectId);
		Map<String, Integer> firstRow = new HashMap<>();
		var people = new RegisteredPeople(this.participants, mapping, scope);
		return Planner.reading(people::readFor,
				(row) -> tried(row, mapping, projectId, points, people, firstRow, scope));
	}

	private Planned tried(ImportTable.Row line, ColumnMapping mapping, UUID projectId, List<FollowUpPoint> points,
			RegisteredPeople people, Map<String, Integer> firstRow, AccessScope scope) {
		List<RowProblem> problems = new ArrayList<>();
		Row row = row(line, mapping, points, problems);
		if (!problems.isEmpty()) {
			return new Planned(line.number(), Action.INVALID, null, problems);
		}
		var values = new RowValues(line, mapping, new ArrayList<>());
		Integer earlier = firstRow.putIfAbsent(row.number() + "/" + row.form().getFollowUpPointId(), line.number());
		if (earlier != null) {
			values.refused("personalIdentityNumber", "imports.error.repeated", earlier);
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		Optional<ImportMatch> match = people.match(row.number());
		if (match.isEmpty() || !match.get().visible()) {
			values.refused("personalIdentityNumber",
					match.isEmpty() ? "imports.error.notRegistered" : "imports.review.notVisible");
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		Optional<EnrollmentView> stay = stay(match.get().id(), projectId, row.form().getObservedOn(), scope);
		if (stay.isEmpty()) {
			values.refused("observedOn", "imports.error.noEndedStay");
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		Optional<OutcomeView> recorded = recorded(stay.get().id(), row.pointName(), scope);
		if (recorded.isPresent()) {
			return (recorded.get().kind() == row.form().getKind())
					? new Planned(line.number(), Action.UNCHANGED, recorded.get().id(), List.of())
					: new Planned(line.number(), Action.REVIEW, recorded.get().id(),
							List.of(new RowProblem(line.number(), mapping.title("kind"), mapping.value(line, "kind"),
									"imports.review.outcomeDiffers")));
		}
		try {
			UUID written = this.trial.write(() -> {
				FormRules.refuseInvalid(this.validator, row.form());
				return this.outcomes.record(stay.get().id(), row.form(), scope.userId(), scope);
			});
			return new Planned(line.number(), Action.CREATE, written, List.of());
		}
		catch (RejectedInputException refused) {
			refused.rejections()
				.forEach((r) -> values.refused(r.field().equals("followUpPointId") ? "followUp" : r.field(),
						r.messageKey(), r.args()));
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		catch (NotFoundException hidden) {
			values.refused("personalIdentityNumber", "imports.review.notVisible");
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
	}

	/** The participant's latest stay in the project that had ended by the day. */
	private Optional<EnrollmentView> stay(UUID participant, UUID projectId, LocalDate on, AccessScope scope) {
		return this.enrollments.ofParticipant(participant, scope)
			.stream()
			.filter((e) -> e.projectId().equals(projectId) && e.exitDate() != null && !e.exitDate().isAfter(on))
			.max(Comparator.comparing(EnrollmentView::exitDate));
	}

	private Optional<OutcomeView> recorded(UUID stay, String pointName, AccessScope scope) {
		return this.outcomes.ofEnrollment(stay, scope)
			.stream()
			.filter((o) -> Objects.equals(o.followUpName(), pointName))
			.findFirst();
	}

	/** The row's values as read, every one that cannot be read a problem. */
	private Row row(ImportTable.Row line, ColumnMapping mapping, List<FollowUpPoint> points,
			List<RowProblem> problems) {
		var values = new RowValues(line, mapping, problems);
		String number = values.read("personalIdentityNumber", ImportValues::personalIdentityNumber,
				"error.personalIdentityNumber");
		FollowUpPoint point = values.read("followUp", (text) -> point(points, text), "imports.error.followUp");
		var form = new OutcomeForm((point != null) ? point.id() : null,
				values.read("observedOn", ImportValues::date, "imports.error.date"),
				values.read("kind",
						(text) -> ImportValues.choice(this.messages, OutcomeKind.class, "outcomeKind", text),
						"imports.error.choice"),
				Optional.ofNullable(values.read("source",
						(text) -> ImportValues.choice(this.messages, OutcomeSource.class, "outcomeSource", text),
						"imports.error.choice"))
					.orElse(OutcomeSource.OTHER));
		Boolean outside = values.read("outsideHomeMunicipality", ImportValues::yesNo, "imports.error.yesNo");
		form.setOutsideHomeMunicipality(Boolean.TRUE.equals(outside));
		form.setDropoutReason(values.read("dropoutReason",
				(text) -> ImportValues.choice(this.messages, DropoutReason.class, "dropoutReason", text),
				"imports.error.choice"));
		form.setNote(values.text("note"));
		for (String field : List.of("personalIdentityNumber", "observedOn", "kind")) {
			if (values.text(field) == null) {
				values.refused(field, "error.required");
			}
		}
		return new Row(number, (point != null) ? point.name() : null, form);
	}

	/** A follow-up point by its name or its days after exit ("90", "90 dagar"). */
	private static Optional<FollowUpPoint> point(List<FollowUpPoint> points, String text) {
		String key = ImportValues.key(text);
		var days = java.util.regex.Pattern.compile("(\\d+) ?(dagar|days|d)?").matcher(key);
		return points.stream()
			.filter((p) -> ImportValues.key(p.name()).equals(key)
					|| (days.matches() && Integer.parseInt(days.group(1)) == p.daysAfterExit()))
			.findFirst();
	}

	/** A row's values, once read. */
	private record Row(String number, String pointName, OutcomeForm form) {
	}

}
