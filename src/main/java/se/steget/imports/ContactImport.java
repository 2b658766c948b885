package se.steget.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import se.steget.access.AccessScope;
import se.steget.casework.ContactChannel;
import se.steget.casework.ContactForm;
import se.steget.casework.ContactKind;
import se.steget.casework.ContactManagement;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;
import se.steget.imports.ImportReport.Action;
import se.steget.imports.ImportReport.Planned;
import se.steget.participant.ParticipantManagement;
import se.steget.participant.ParticipantManagement.ImportMatch;

/**
 * Contacts with participants in the project chosen for the file: each row a logged
 * contact, on the participant's stay in the project at the contact's date. The check logs
 * each contact as the contact page would, in a savepoint of its own, and undoes them all:
 * the rules are the case work module's (a contact inside the stay, not in the future, a
 * length of at most ten hours). A row is matched to a contact already logged on the stay
 * at the same time and of the same kind.
 */
@Component
@Order(3)
class ContactImport extends TriedKind {

	static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("personalIdentityNumber", "participant.personalIdentityNumber", "personnummer", "pnr",
					"personal identity number"),
			ImportColumn.required("contactedOn", "imports.contact.date", "datum", "kontaktdatum", "date",
					"contact date"),
			ImportColumn.optional("time", "imports.contact.time", "tid", "klockslag", "time"),
			ImportColumn.required("channel", "contact.channel", "kanal", "channel"),
			ImportColumn.required("kind", "contact.kind", "slag", "typ", "kontakttyp", "kind", "type"), ImportColumn
				.optional("durationMinutes", "contact.durationMinutes", "längd", "minuter", "duration", "minutes"),
			ImportColumn.optional("note", "contact.note", "anteckning", "note"));

	/** The time of day a contact with a date only is logged at. */
	static final LocalTime NO_TIME = LocalTime.NOON;

	/** The columns of the fields the case work module names in its refusals. */
	private static final Map<String, String> FIELDS = Map.of("contactedAt", "contactedOn");

	private final ParticipantManagement participants;

	private final EnrollmentManagement enrollments;

	private final ContactManagement contacts;

	private final Validator validator;

	private final MessageSource messages;

	ContactImport(ParticipantManagement participants, EnrollmentManagement enrollments, ContactManagement contacts,
			Validator validator, MessageSource messages, PlatformTransactionManager transactions) {
		super(transactions);
		this.participants = participants;
		this.enrollments = enrollments;
		this.contacts = contacts;
		this.validator = validator;
		this.messages = messages;
	}

	/**
	 * Removes the contacts the import made, all or none, as the case pages remove one:
	 * refused while one has been changed or removed since.
	 */
	@Override
	public Optional<Undo> undo() {
		return Optional.of(Undo.of(this.contacts::versionsOf, this.contacts::removeUnchanged));
	}

	@Override
	public String name() {
		return "contacts";
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
		Map<String, Integer> firstRow = new HashMap<>();
		var people = new RegisteredPeople(this.participants, mapping, scope);
		return Planner.reading(people::readFor, (row) -> tried(row, mapping, projectId, people, firstRow, scope));
	}

	private Planned tried(ImportTable.Row line, ColumnMapping mapping, UUID projectId, RegisteredPeople people,
			Map<String, Integer> firstRow, AccessScope scope) {
		List<RowProblem> problems = new ArrayList<>();
		Row row = row(line, mapping, problems);
		if (!problems.isEmpty()) {
			return new Planned(line.number(), Action.INVALID, null, problems);
		}
		var values = new RowValues(line, mapping, new ArrayList<>());
		Integer earlier = firstRow.putIfAbsent(row.number() + "/" + row.at() + "/" + row.kind(), line.number());
		if (earlier != null) {
			values.refused("contactedOn", "imports.error.repeatedRow", earlier);
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		Optional<ImportMatch> match = people.match(row.number());
		if (match.isEmpty() || !match.get().visible()) {
			values.refused("personalIdentityNumber",
					match.isEmpty() ? "imports.error.notRegistered" : "imports.review.notVisible");
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		Optional<EnrollmentView> stay = Stays.on(this.enrollments, match.get().id(), projectId, row.at().toLocalDate(),
				scope);
		if (stay.isEmpty()) {
			values.refused("contactedOn", "imports.error.noStay");
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		Optional<UUID> same = this.contacts.ofEnrollment(stay.get().id(), scope)
			.stream()
			.filter((c) -> c.contactedAt().equals(row.at()) && c.kind() == row.kind())
			.map((c) -> c.id())
			.findFirst();
		if (same.isPresent()) {
			return new Planned(line.number(), Action.UNCHANGED, same.get(), List.of());
		}
		try {
			UUID logged = this.trial.write(() -> {
				ContactForm form = row.form(scope);
				FormRules.refuseInvalid(this.validator, form);
				return this.contacts.log(stay.get().id(), form, scope);
			});
			return new Planned(line.number(), Action.CREATE, logged, List.of());
		}
		catch (RejectedInputException refused) {
			refused.rejections()
				.forEach((r) -> values.refused(FIELDS.getOrDefault(r.field(), r.field()), r.messageKey(), r.args()));
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		catch (NotFoundException hidden) {
			values.refused("personalIdentityNumber", "imports.review.notVisible");
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
	}

	/** The row's values as read, every one that cannot be read a problem. */
	private Row row(ImportTable.Row line, ColumnMapping mapping, List<RowProblem> problems) {
		var values = new RowValues(line, mapping, problems);
		String number = values.read("personalIdentityNumber", ImportValues::personalIdentityNumber,
				"error.personalIdentityNumber");
		LocalDate on = values.read("contactedOn", ImportValues::date, "imports.error.date");
		LocalTime time = values.read("time", ImportValues::time, "imports.error.time");
		ContactChannel channel = values.read("channel",
				(text) -> ImportValues.choice(this.messages, ContactChannel.class, "contactChannel", text),
				"imports.error.choice");
		ContactKind kind = values.read("kind",
				(text) -> ImportValues.choice(this.messages, ContactKind.class, "contactKind", text),
				"imports.error.choice");
		Integer minutes = values.read("durationMinutes", ImportValues::wholeNumber, "imports.error.number");
		for (String field : List.of("personalIdentityNumber", "contactedOn", "channel", "kind")) {
			if (values.text(field) == null) {
				values.refused(field, "error.required");
			}
		}
		LocalDateTime at = (on != null) ? on.atTime((time != null) ? time : NO_TIME) : null;
		return new Row(number, at, channel, kind, minutes, values.text("note"));
	}

	/** A row's values, once read. */
	private record Row(String number, LocalDateTime at, ContactChannel channel, ContactKind kind, Integer minutes,
			String note) {

		ContactForm form(AccessScope scope) {
			var form = new ContactForm(this.at, this.channel, this.kind, this.minutes, scope.userId());
			form.setNote(this.note);
			return form;
		}

	}

}
