package se.steget.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import se.steget.access.AccessScope;
import se.steget.core.OrganisationNumber;
import se.steget.core.RejectedInputException;
import se.steget.employer.EmployerForm;
import se.steget.employer.EmployerManagement;
import se.steget.employer.EmployerView;
import se.steget.imports.ImportReport.Action;
import se.steget.imports.ImportReport.Planned;

/**
 * Employers for the employer register: organisation number, name and industry (SNI code).
 * Each row is registered, or changes the employer of its organisation number, as the
 * employer page would, by the employer module's rules, in a savepoint of its own.
 */
@Component
@Order(6)
class EmployerImport extends TriedKind {

	static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("organisationNumber", "employer.organisationNumber", "organisationsnummer", "orgnr",
					"org.nr", "organisation number"),
			ImportColumn.required("name", "employer.name", "namn", "företag", "arbetsgivare", "name", "employer"),
			ImportColumn.optional("sniCode", "employer.sniCode", "sni", "sni-kod", "bransch", "industry"));

	private final EmployerManagement employers;

	private final Validator validator;

	EmployerImport(EmployerManagement employers, Validator validator, PlatformTransactionManager transactions) {
		super(transactions);
		this.employers = employers;
		this.validator = validator;
	}

	/**
	 * Removes the employers the import registered, all or none: refused while one has
	 * been changed since or is used.
	 */
	@Override
	public Optional<Undo> undo() {
		return Optional.of(Undo.of(this.employers::versionsOf, this.employers::removeUnchanged));
	}

	@Override
	public String name() {
		return "employers";
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
	 * Plans a pass's rows: each tried in a savepoint of its own, meeting the rows above
	 * it.
	 */
	@Override
	Planner planner(ColumnMapping mapping, UUID projectId, AccessScope scope) {
		Map<String, Integer> firstRow = new HashMap<>();
		return (row) -> tried(row, mapping, firstRow, scope);
	}

	private Planned tried(ImportTable.Row line, ColumnMapping mapping, Map<String, Integer> firstRow,
			AccessScope scope) {
		var values = new RowValues(line, mapping, new ArrayList<>());
		var form = new EmployerForm(values.text("organisationNumber"), values.text("name"), values.text("sniCode"));
		try {
			FormRules.refuseInvalid(this.validator, form);
		}
		catch (RejectedInputException refused) {
			refused.rejections().forEach((r) -> values.refused(r.field(), r.messageKey(), r.args()));
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		String number = OrganisationNumber.parse(form.getOrganisationNumber()).value();
		Integer earlier = firstRow.putIfAbsent(number, line.number());
		if (earlier != null) {
			values.refused("organisationNumber", "imports.error.repeatedValue", earlier);
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
		Optional<EmployerView> existing = this.employers.withNumber(number);
		if (existing.isPresent() && same(existing.get(), form)) {
			return new Planned(line.number(), Action.UNCHANGED, existing.get().id(), List.of());
		}
		try {
			UUID written = this.trial.write(() -> {
				if (existing.isEmpty()) {
					return this.employers.register(form, scope);
				}
				form.setVersion(existing.get().version());
				this.employers.update(existing.get().id(), form, scope);
				return existing.get().id();
			});
			return new Planned(line.number(), existing.isPresent() ? Action.UPDATE : Action.CREATE, written, List.of());
		}
		catch (RejectedInputException refused) {
			refused.rejections().forEach((r) -> values.refused(r.field(), r.messageKey(), r.args()));
			return new Planned(line.number(), Action.INVALID, null, values.problems());
		}
	}

	private static boolean same(EmployerView saved, EmployerForm row) {
		return saved.name().equals(row.getName().strip()) && Objects.equals(saved.sniCode(), row.getSniCode());
	}

}
