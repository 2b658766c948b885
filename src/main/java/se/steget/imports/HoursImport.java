package se.steget.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import se.steget.access.AccessScope;
import se.steget.activity.ActivityManagement;
import se.steget.activity.ActivityView;
import se.steget.activity.AttendanceManagement;
import se.steget.activity.HoursForm;
import se.steget.activity.HoursRow;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;
import se.steget.imports.ImportReport.Action;
import se.steget.imports.ImportReport.Planned;
import se.steget.participant.ParticipantManagement;
import se.steget.participant.ParticipantManagement.ImportMatch;

/**
 * Participants' hours in the project chosen for the file: each row a person's hours in
 * one of the project's activities (named by its title) on one day, recorded as the hours
 * page records them, by the activity module's rules (a member of the activity, on a day
 * it runs, at most twelve hours a day in all). Hours already recorded that day in that
 * activity are left unchanged when they are the same, and replaced when they differ, the
 * earlier hours kept in the case's history.
 */
@Component
@Order(5)
class HoursImport extends TriedKind {

	static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("personalIdentityNumber", "participant.personalIdentityNumber", "personnummer", "pnr",
					"personal identity number"),
			ImportColumn.required("attendedOn", "imports.hours.date", "datum", "dag", "date", "day"),
			ImportColumn.required("activity", "imports.hours.activity", "aktivitet", "insats", "activity"),
			ImportColumn.required("hours", "imports.hours.hours", "timmar", "tid", "hours"));

	private final ParticipantManagement participants;

	private final EnrollmentManagement enrollments;

	private final ActivityManagement activities;

	private final AttendanceManagement attendance;

	private final Validator validator;

	HoursImport(ParticipantManagement participants, EnrollmentManagement enrollments, ActivityManagement activities,
			AttendanceManagement attendance, Validator validator, PlatformTransactionManager transactions) {
		super(transactions);
		this.participants = participants;
		this.enrollments = enrollments;
		this.activities = activities;
		this.attendance = attendance;
		this.validator = validator;
	}

	/**
	 * Removes the hours the import recorded where a day had none, all or none, as the
	 * hours page removes them (in the case's history): the file is read again for each
	 * row's activity and day. Refused while one of those days' hours has been changed or
	 * removed since; hours the import changed stay as changed.
	 */
	@Override
	public Optional<Undo> undo() {
		return Optional.of(new Undo() {

			@Override
			public Map<UUID, Integer> versions(Collection<UUID> created) {
				return Map.of();
			}

			@Override
			public void remove(Created created, AccessScope scope) {
				removeHours(created, scope);
			}

		});
	}

	private void removeHours(Created created, AccessScope scope) {
		Map<Integer, UUID> stays = new HashMap<>();
		created.rows()
			.stream()
			.filter((row) -> row.action() == Action.CREATE && row.recordId() != null)
			.forEach((row) -> stays.put(row.row(), row.recordId()));
		Created.File file = created.file().get();
		Map<String, ActivityView> byTitle = activitiesOf(created.projectId(), scope);
		List<Recorded> removed = new ArrayList<>();
		int[] changed = { 0 };
		file.table().forEach((line) -> {
			UUID stay = stays.get(line.number());
			if (stay == null) {
				return;
			}
			Row row = row(line, file.mapping(), byTitle, new ArrayList<>());
			boolean same = row.activity() != null
					&& recorded(stay, row, scope).map((hours) -> hours.compareTo(row.hours()) == 0).orElse(false);
			if (same) {
				removed.add(new Recorded(stay, row.activity().id(), row.on()));
			}
			else {
				changed[0]++;
			}
		});
		if (changed[0] > 0) {
			throw new RejectedInputException("rows", "hours.error.changedSinceImported", changed[0]);
		}
		removed.forEach((hours) -> this.attendance.deleteHours(hours.stay(), hours.activity(), hours.on(), scope));
	}

	/** A day's hours the import recorded in an activity. */
	private record Recorded(UUID stay, UUID activity, LocalDate on) {
	}

	@Override
	public String name() {
		return "hours";
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
		Map<String, ActivityView> byTitle = activitiesOf(projectId, scope);
		Map<String, Integer> firstRow = new HashMap<>();
		var people = new RegisteredPeople(this.participants, mapping, scope);
		return Planner.reading(people::readFor,
				(row) -> tried(row, mapping, projectId, byTitle, people, firstRow, scope));
	}

	private Planned tried(ImportTable.Row line, ColumnMapping mapping, UUID projectId,
			Map<String, ActivityView> byTitle, RegisteredPeople people, Map<String, Integer> firstRow,
			AccessScope scope) {
		List<RowProblem> problems = new ArrayList<>();
		Row row = row(line, mapping, byTitle, problems);
		if (!problems.isEmpty()) {
			return new Planned(line.number(), Action.INVALID, null, problems);
		}
		var values = new RowValues(line, mapping, new ArrayList<>());
		Integer earlier = firstRow.putIfAbsent(row.number() + "/" + row.on() + "/" + row.activity().id(),
				line.number());
		if (earlier != null) {
			values.refused("attendedOn", "imports.error.repeatedRow", earlier);
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		Optional<ImportMatch> match = people.match(row.number());
		if (match.isEmpty() || !match.get().visible()) {
			values.refused("personalIdentityNumber",
					match.isEmpty() ? "imports.error.notRegistered" : "imports.review.notVisible");
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		Optional<EnrollmentView> stay = Stays.on(this.enrollments, match.get().id(), projectId, row.on(), scope);
		if (stay.isEmpty()) {
			values.refused("attendedOn", "imports.error.noStay");
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		Optional<BigDecimal> recorded = recorded(stay.get().id(), row, scope);
		if (recorded.isPresent() && recorded.get().compareTo(row.hours()) == 0) {
			return new Planned(line.number(), Action.UNCHANGED, stay.get().id(), List.of());
		}
		try {
			UUID written = this.trial.write(() -> {
				var form = new HoursForm(row.activity().id(), row.on(), row.hours());
				FormRules.refuseInvalid(this.validator, form);
				this.attendance.recordHours(stay.get().id(), form, scope);
				return stay.get().id();
			});
			return new Planned(line.number(), recorded.isPresent() ? Action.UPDATE : Action.CREATE, written, List.of());
		}
		catch (RejectedInputException refused) {
			refused.rejections()
				.forEach((r) -> values.refused(r.field().equals("activityId") ? "activity" : r.field(), r.messageKey(),
						r.args()));
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		catch (NotFoundException hidden) {
			values.refused("personalIdentityNumber", "imports.review.notVisible");
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
	}

	/** The hours the stay already has in the row's activity on its day, if any. */
	private Optional<BigDecimal> recorded(UUID stay, Row row, AccessScope scope) {
		return this.attendance.month(stay, YearMonth.from(row.on()), scope)
			.rows()
			.stream()
			.filter((hours) -> hours.attendedOn().equals(row.on()) && hours.activityId().equals(row.activity().id()))
			.map(HoursRow::hours)
			.findFirst();
	}

	/** The project's activities by title, case and spacing ignored. */
	private Map<String, ActivityView> activitiesOf(UUID projectId, AccessScope scope) {
		Map<String, ActivityView> byTitle = new HashMap<>();
		this.activities.ofProject(projectId, scope).forEach((a) -> byTitle.putIfAbsent(key(a.title()), a));
		return byTitle;
	}

	private static String key(String title) {
		return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** The row's values as read, every one that cannot be read a problem. */
	private static Row row(ImportTable.Row line, ColumnMapping mapping, Map<String, ActivityView> byTitle,
			List<RowProblem> problems) {
		var values = new RowValues(line, mapping, problems);
		String number = values.read("personalIdentityNumber", ImportValues::personalIdentityNumber,
				"error.personalIdentityNumber");
		LocalDate on = values.read("attendedOn", ImportValues::date, "imports.error.date");
		ActivityView activity = values.read("activity", (text) -> Optional.ofNullable(byTitle.get(key(text))),
				"imports.error.activity");
		BigDecimal hours = values.read("hours", ImportValues::decimal, "imports.error.hours");
		for (String field : List.of("personalIdentityNumber", "attendedOn", "activity", "hours")) {
			if (values.text(field) == null) {
				values.refused(field, "error.required");
			}
		}
		return new Row(number, on, activity, hours);
	}

	/** A row's values, once read. */
	private record Row(String number, LocalDate on, ActivityView activity, BigDecimal hours) {
	}

}
