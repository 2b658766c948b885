package se.steget.imports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import se.steget.access.AccessScope;
import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.PersonalIdentityNumber;
import se.steget.core.RejectedInputException;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.evaluation.ComparisonGroupManagement;
import se.steget.evaluation.ComparisonPerson;
import se.steget.imports.ImportReport.Action;
import se.steget.imports.ImportReport.Planned;
import se.steget.outcome.OutcomeGroup;
import se.steget.participant.ParticipantManagement;

/**
 * A project's comparison group: registered job seekers who do not take part, with their
 * situation at a reference start and what they did 90 days, six months and twelve months
 * later. The numbers become pseudonyms in the evaluation module and are not kept; a
 * person who has a stay in the project is refused, since they are not a non-participant.
 * Only the project's managers import one.
 */
@Component
@Order(9)
class ComparisonImport extends TriedKind {

	static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("personalIdentityNumber", "participant.personalIdentityNumber", "personnummer", "pnr",
					"personal identity number"),
			ImportColumn.required("gender", "participant.gender", "kön", "gender", "sex"),
			ImportColumn.optional("educationLevel", "participant.educationLevel", "utbildningsnivå", "utbildning",
					"education level", "education"),
			ImportColumn.optional("birthRegion", "participant.birthRegion", "födelseregion", "birth region"),
			ImportColumn.optional("disability", "participant.disability", "funktionsnedsättning", "disability"),
			ImportColumn.required("monthsRegistered", "comparison.monthsRegistered", "månader inskriven",
					"inskrivningstid", "months registered"),
			ImportColumn.optional("municipalityCode", "participant.municipality", "kommun", "kommunkod",
					"municipality"),
			ImportColumn.required("referenceMonth", "comparison.referenceMonth", "referensmånad", "startmånad",
					"inskrivningsmånad", "reference month", "start month"),
			ImportColumn.optional("after90Days", "comparison.after90Days", "utfall 90 dagar", "90 dagar",
					"outcome 90 days", "90 days"),
			ImportColumn.optional("after182Days", "comparison.after182Days", "utfall 6 månader", "6 månader",
					"outcome 6 months", "6 months"),
			ImportColumn.optional("after365Days", "comparison.after365Days", "utfall 12 månader", "12 månader",
					"outcome 12 months", "12 months"));

	private final ComparisonGroupManagement comparison;

	private final ParticipantManagement participants;

	private final EnrollmentManagement enrollments;

	private final MessageSource messages;

	ComparisonImport(ComparisonGroupManagement comparison, ParticipantManagement participants,
			EnrollmentManagement enrollments, MessageSource messages, PlatformTransactionManager transactions) {
		super(transactions);
		this.comparison = comparison;
		this.participants = participants;
		this.enrollments = enrollments;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "comparison";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public boolean inProject() {
		return true;
	}

	@Override
	public boolean allowedFor(AccessScope scope) {
		return ComparisonGroupManagement.mayKeep(null, scope);
	}

	/**
	 * Removes the people the import added, all or none: refused while one has changed.
	 */
	@Override
	public Optional<Undo> undo() {
		return Optional.of(Undo.of(this.comparison::versionsOf, this.comparison::removeUnchanged));
	}

	@Override
	Planner planner(ColumnMapping mapping, UUID projectId, AccessScope scope) {
		Map<String, Integer> firstRow = new HashMap<>();
		var people = new RegisteredPeople(this.participants, mapping, scope);
		return Planner.reading(people::readFor, (row) -> tried(row, mapping, projectId, people, firstRow, scope));
	}

	private Planned tried(ImportTable.Row line, ColumnMapping mapping, UUID projectId, RegisteredPeople people,
			Map<String, Integer> firstRow, AccessScope scope) {
		var values = new RowValues(line, mapping, new ArrayList<>());
		ComparisonPerson person = person(values);
		if (!values.problems().isEmpty()) {
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		Integer earlier = firstRow.putIfAbsent(person.personalIdentityNumber(), line.number());
		if (earlier != null) {
			values.refused("personalIdentityNumber", "imports.error.repeated", earlier);
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		if (takesPart(person.personalIdentityNumber(), projectId, people, scope)) {
			values.refused("personalIdentityNumber", "comparison.error.isParticipant");
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		Optional<ComparisonGroupManagement.Recorded> recorded = this.comparison.find(projectId,
				person.personalIdentityNumber(), scope);
		if (recorded.isPresent() && recorded.get().holds(person)) {
			return new Planned(line.number(), Action.UNCHANGED, recorded.get().id(), List.of());
		}
		try {
			UUID written = this.trial.write(() -> this.comparison.record(projectId, person, scope));
			return new Planned(line.number(), recorded.isPresent() ? Action.UPDATE : Action.CREATE, written, List.of());
		}
		catch (RejectedInputException refused) {
			refused.rejections().forEach((r) -> values.refused(r.field(), r.messageKey(), r.args()));
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
	}

	private boolean takesPart(String number, UUID projectId, RegisteredPeople people, AccessScope scope) {
		return people.match(number)
			.map((match) -> this.enrollments.ofParticipant(match.id(), scope)
				.stream()
				.anyMatch((stay) -> stay.projectId().equals(projectId)))
			.orElse(false);
	}

	/**
	 * The row as a person of the group, with every value that cannot be read a problem.
	 */
	private ComparisonPerson person(RowValues values) {
		String number = values.read("personalIdentityNumber", ImportValues::personalIdentityNumber,
				"error.personalIdentityNumber");
		if (values.text("personalIdentityNumber") == null) {
			values.refused("personalIdentityNumber", "error.required");
		}
		var gender = values.read("gender", ImportValues::gender, "imports.error.gender");
		if (values.text("gender") == null) {
			values.refused("gender", "error.required");
		}
		Integer months = values.read("monthsRegistered",
				(text) -> ImportValues.wholeNumber(text).filter((m) -> m >= 0 && m <= 600), "imports.error.months");
		if (values.text("monthsRegistered") == null) {
			values.refused("monthsRegistered", "error.required");
		}
		YearMonth month = values.read("referenceMonth", ComparisonImport::month, "imports.error.month");
		if (values.text("referenceMonth") == null) {
			values.refused("referenceMonth", "error.required");
		}
		EducationLevel education = values.read("educationLevel",
				(text) -> ImportValues.choice(this.messages, EducationLevel.class, "educationLevel", text),
				"imports.error.choice");
		BirthRegion region = values.read("birthRegion",
				(text) -> ImportValues.choice(this.messages, BirthRegion.class, "birthRegion", text),
				"imports.error.choice");
		Boolean disability = values.read("disability", ImportValues::yesNo, "imports.error.yesNo");
		String municipality = values.read("municipalityCode", ImportValues::municipality, "imports.error.municipality");
		OutcomeGroup after90 = outcome(values, "after90Days");
		OutcomeGroup after182 = outcome(values, "after182Days");
		OutcomeGroup after365 = outcome(values, "after365Days");
		if (!values.problems().isEmpty()) {
			return null;
		}
		return new ComparisonPerson(number, gender, PersonalIdentityNumber.parse(number).birthDate().getYear(),
				education, region, disability, months, municipality, month, after90, after182, after365);
	}

	private OutcomeGroup outcome(RowValues values, String field) {
		return values.read(field, (text) -> ImportValues.choice(this.messages, OutcomeGroup.class, "outcomeGroup", text)
			.filter((group) -> group != OutcomeGroup.UNKNOWN), "imports.error.outcomeGroup");
	}

	/** A month as yyyy-mm, or any date in it. */
	private static Optional<YearMonth> month(String text) {
		var matcher = java.util.regex.Pattern.compile("(\\d{4})-?(\\d{1,2})").matcher(text.strip());
		if (matcher.matches()) {
			int number = Integer.parseInt(matcher.group(2));
			return (number >= 1 && number <= 12) ? Optional.of(YearMonth.of(Integer.parseInt(matcher.group(1)), number))
					: Optional.empty();
		}
		return ImportValues.date(text).map(YearMonth::from);
	}

}
