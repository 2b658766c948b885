package se.steget.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import se.steget.access.AccessScope;
import se.steget.core.Occupation;
import se.steget.core.Occupations;
import se.steget.core.RejectedInputException;
import se.steget.employer.EmployerManagement;
import se.steget.employer.EmployerView;
import se.steget.employer.EmploymentType;
import se.steget.employer.PlaceKind;
import se.steget.employer.VacancyForm;
import se.steget.employer.VacancyManagement;
import se.steget.employer.VacancySource;
import se.steget.employer.VacancyView;
import se.steget.imports.ImportReport.Action;
import se.steget.imports.ImportReport.Planned;

/**
 * Vacancies and places at employers of the register, found by organisation number: a job
 * list from Platsbanken or a list of internship places. Each row is published, or changes
 * the vacancy it is, as the vacancy page would, by the employer module's rules, in a
 * savepoint of its own. A row is the vacancy with its ad id at its employer, or, without
 * one, the vacancy with its title published on its day.
 */
@Component
@Order(7)
class VacancyImport extends TriedKind {

	static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("organisationNumber", "employer.organisationNumber", "organisationsnummer", "orgnr",
					"org.nr", "organisation number"),
			ImportColumn.required("title", "vacancy.title", "rubrik", "titel", "tjänst", "title", "headline"),
			ImportColumn.required("ssykCode", "vacancy.occupation", "yrke", "ssyk", "occupation"),
			ImportColumn.required("publishedOn", "vacancy.publishedOn", "publicerad", "publiceringsdatum", "published"),
			ImportColumn.optional("kind", "vacancy.kind", "typ", "slag", "kind", "type"),
			ImportColumn.optional("municipalityCode", "vacancy.municipality", "kommun", "kommunkod", "municipality"),
			ImportColumn.optional("employmentType", "vacancy.employmentType", "anställningsform", "employment type"),
			ImportColumn.optional("scopeMin", "vacancy.scopeMin", "omfattning", "scope"),
			ImportColumn.optional("scopeMax", "vacancy.scopeMax", "omfattning högst", "scope max"),
			ImportColumn.optional("positions", "vacancy.positions", "antal", "platser", "positions"),
			ImportColumn.optional("startsOn", "vacancy.startsOn", "tillträde", "start", "starts"),
			ImportColumn.optional("deadline", "vacancy.deadline", "sista ansökningsdag", "sista dag", "deadline"),
			ImportColumn.optional("source", "vacancy.source", "källa", "source"),
			ImportColumn.optional("externalId", "vacancy.externalId", "annonsid", "annons-id", "ad id", "id"),
			ImportColumn.optional("externalUrl", "vacancy.externalUrl", "länk", "url", "link"),
			ImportColumn.optional("description", "vacancy.description", "beskrivning", "description"),
			ImportColumn.optional("skillsRequired", "vacancy.skillsRequired", "kompetenser", "krav", "skills"),
			ImportColumn.optional("skillsWanted", "vacancy.skillsWanted", "meriterande", "merits"),
			ImportColumn.optional("languagesRequired", "vacancy.languagesRequired", "språk", "languages"),
			ImportColumn.optional("drivingLicence", "vacancy.drivingLicence", "körkort", "driving licence"));

	/** The occupations' codes by their names as compared; the first of a name kept. */
	private static final Map<String, String> OCCUPATIONS_BY_NAME = Occupations.all()
		.stream()
		.collect(Collectors.toMap((o) -> ImportValues.key(o.name()), Occupation::code, (first, next) -> first));

	private final EmployerManagement employers;

	private final VacancyManagement vacancies;

	private final Validator validator;

	private final MessageSource messages;

	VacancyImport(EmployerManagement employers, VacancyManagement vacancies, Validator validator,
			MessageSource messages, PlatformTransactionManager transactions) {
		super(transactions);
		this.employers = employers;
		this.vacancies = vacancies;
		this.validator = validator;
		this.messages = messages;
	}

	/**
	 * Removes the vacancies the import published, all or none: refused while one has been
	 * changed or proposed since.
	 */
	@Override
	public Optional<Undo> undo() {
		return Optional.of(Undo.of(this.vacancies::versionsOf, this.vacancies::removeUnchanged));
	}

	@Override
	public String name() {
		return "vacancies";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public boolean inProject() {
		return false;
	}

	@Override
	Planner planner(ColumnMapping mapping, UUID projectId, AccessScope scope) {
		Map<String, Integer> firstRow = new HashMap<>();
		return (row) -> tried(row, mapping, firstRow, scope);
	}

	private Planned tried(ImportTable.Row line, ColumnMapping mapping, Map<String, Integer> firstRow,
			AccessScope scope) {
		var values = new RowValues(line, mapping, new ArrayList<>());
		Optional<EmployerView> employer = employer(values);
		VacancyForm row = overlaid(values, new VacancyForm());
		if (values.problems().isEmpty()) {
			refused(values, row);
		}
		if (!values.problems().isEmpty()) {
			return invalid(values);
		}
		String key = employer.get().id() + "/"
				+ ((row.getExternalId() != null) ? row.getExternalId() : row.getTitle() + "/" + row.getPublishedOn());
		Integer earlier = firstRow.putIfAbsent(key, line.number());
		if (earlier != null) {
			values.refused((row.getExternalId() != null) ? "externalId" : "title",
					(row.getExternalId() != null) ? "imports.error.repeatedValue" : "imports.error.repeatedRow",
					earlier);
			return invalid(values);
		}
		List<VacancyView> same = this.vacancies.sameAs(employer.get().id(), row.getExternalId(), row.getTitle(),
				row.getPublishedOn());
		if (same.size() > 1) {
			return new Planned(line.number(), Action.REVIEW, null,
					List.of(new RowProblem(line.number(), "", "", "imports.review.severalVacancies")));
		}
		Optional<VacancyView> existing = same.stream().findFirst();
		VacancyForm form = existing.map((saved) -> overlaid(values, VacancyForm.of(saved))).orElse(row);
		if (existing.isPresent() && form.leaves(existing.get())) {
			return new Planned(line.number(), Action.UNCHANGED, existing.get().id(), List.of());
		}
		if (existing.isPresent() && refused(values, form)) {
			return invalid(values);
		}
		try {
			UUID written = this.trial.write(() -> write(employer.get(), existing, form, scope));
			return new Planned(line.number(), existing.isPresent() ? Action.UPDATE : Action.CREATE, written, List.of());
		}
		catch (RejectedInputException refused) {
			refused.rejections().forEach((r) -> values.refused(r.field(), r.messageKey(), r.args()));
			return invalid(values);
		}
	}

	/**
	 * Whether the form breaks a rule of the vacancy form, each one a problem on its
	 * column.
	 */
	private boolean refused(RowValues values, VacancyForm form) {
		try {
			FormRules.refuseInvalid(this.validator, form);
			return false;
		}
		catch (RejectedInputException refused) {
			refused.rejections().forEach((r) -> values.refused(r.field(), r.messageKey(), r.args()));
			return true;
		}
	}

	private UUID write(EmployerView employer, Optional<VacancyView> existing, VacancyForm form, AccessScope scope) {
		if (existing.isEmpty()) {
			return this.vacancies.publish(employer.id(), form, scope);
		}
		this.vacancies.update(existing.get().id(), form, scope);
		return existing.get().id();
	}

	private Optional<EmployerView> employer(RowValues values) {
		String number = values.text("organisationNumber");
		if (number == null) {
			values.refused("organisationNumber", "error.required");
			return Optional.empty();
		}
		Optional<EmployerView> employer = this.employers.withNumber(number);
		if (employer.isEmpty()) {
			values.refused("organisationNumber", "imports.error.noEmployer");
		}
		return employer;
	}

	/**
	 * The form with the row's values over it: a blank cell, or a column the file does not
	 * have, leaves what the form had (a new vacancy's defaults, or what is saved), and a
	 * value that cannot be read is a problem on its column.
	 */
	private VacancyForm overlaid(RowValues values, VacancyForm form) {
		text(values, "title", form::setTitle);
		read(values, "ssykCode", VacancyImport::occupation, "imports.error.occupation", form::setSsykCode);
		read(values, "publishedOn", ImportValues::date, "imports.error.date", form::setPublishedOn);
		read(values, "kind", (t) -> choice(PlaceKind.class, "placeKind", t), "imports.error.choice", form::setKind);
		read(values, "municipalityCode", ImportValues::municipality, "imports.error.municipality",
				form::setMunicipalityCode);
		read(values, "employmentType", (t) -> choice(EmploymentType.class, "employmentType", t), "imports.error.choice",
				form::setEmploymentType);
		read(values, "scopeMin", ImportValues::wholeNumber, "imports.error.number", form::setScopeMin);
		read(values, "scopeMax", ImportValues::wholeNumber, "imports.error.number", form::setScopeMax);
		read(values, "positions", ImportValues::wholeNumber, "imports.error.number", form::setPositions);
		read(values, "startsOn", ImportValues::date, "imports.error.date", form::setStartsOn);
		read(values, "deadline", ImportValues::date, "imports.error.date", form::setDeadline);
		read(values, "source", (t) -> choice(VacancySource.class, "vacancySource", t), "imports.error.choice",
				form::setSource);
		text(values, "externalId", form::setExternalId);
		text(values, "externalUrl", form::setExternalUrl);
		text(values, "description", form::setDescription);
		text(values, "skillsRequired", form::setSkillsRequired);
		text(values, "skillsWanted", form::setSkillsWanted);
		text(values, "languagesRequired", form::setLanguagesRequired);
		text(values, "drivingLicence", form::setDrivingLicence);
		return form;
	}

	private static void text(RowValues values, String field, Consumer<String> set) {
		Optional.ofNullable(values.text(field)).ifPresent(set);
	}

	private static <T> void read(RowValues values, String field, Function<String, Optional<T>> reader,
			String messageKey, Consumer<T> set) {
		Optional.ofNullable(values.read(field, reader, messageKey)).ifPresent(set);
	}

	/** An occupation of SSYK 2012 by its four-digit code or its name. */
	static Optional<String> occupation(String text) {
		return Occupations.find(text.strip())
			.map(Occupation::code)
			.or(() -> Optional.ofNullable(OCCUPATIONS_BY_NAME.get(ImportValues.key(text))));
	}

	private static Planned invalid(RowValues values) {
		return new Planned(values.row().number(), Action.INVALID, null, values.problems());
	}

	private <E extends Enum<E>> Optional<E> choice(Class<E> type, String prefix, String text) {
		return ImportValues.choice(this.messages, type, prefix, text);
	}

}
