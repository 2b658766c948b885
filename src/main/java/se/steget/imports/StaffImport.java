package se.steget.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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

import se.steget.access.AccessManagement;
import se.steget.access.AccountRemovals;
import se.steget.access.AccessScope;
import se.steget.access.ListedAccount;
import se.steget.access.Role;
import se.steget.access.StaffFunction;
import se.steget.access.UserForm;
import se.steget.core.RejectedInputException;
import se.steget.imports.ImportReport.Action;
import se.steget.imports.ImportReport.Planned;
import se.steget.project.ProjectManagement;

/**
 * Staff accounts, for an administrator: username, name, e-mail, role, function,
 * municipality and the projects the user works in (their names, separated by commas).
 * Each row creates or changes the account of its username by the user page's rules, in a
 * savepoint of its own, and makes the user a member of its projects (never removes one).
 * An account made from a file has no password anyone knows: its user signs in through the
 * identity broker, or once an administrator has set a password on the user page.
 */
@Component
@Order(8)
class StaffImport extends TriedKind {

	static final List<ImportColumn> COLUMNS = List
		.of(ImportColumn.required("username", "user.username", "användarnamn", "användar-id", "login", "username"),
				ImportColumn.required("displayName", "user.displayName", "namn", "fullständigt namn", "name",
						"full name"),
				ImportColumn.required("role", "user.role", "roll", "role"),
				ImportColumn.optional("email", "user.email", "e-post", "epost", "mejl", "email", "e-mail"),
				ImportColumn.optional("staffFunction", "user.staffFunction", "yrkesroll", "funktion", "function"),
				ImportColumn.optional("municipalityCode", "user.municipality", "kommun", "kommunkod", "municipality"),
				ImportColumn.optional("projects", "imports.staff.projects", "projekt", "projects"));

	private final AccessManagement access;

	private final ProjectManagement projects;

	private final Validator validator;

	private final MessageSource messages;

	private final AccountRemovals removals;

	StaffImport(AccessManagement access, ProjectManagement projects, Validator validator, MessageSource messages,
			PlatformTransactionManager transactions, AccountRemovals removals) {
		super(transactions);
		this.access = access;
		this.removals = removals;
		this.projects = projects;
		this.validator = validator;
		this.messages = messages;
	}

	/**
	 * Removes the accounts the import made, with their memberships, all or none: refused
	 * while one has been changed or used since.
	 */
	@Override
	public Optional<Undo> undo() {
		return Optional.of(Undo.of(this.removals::versionsOf, this.removals::removeUnchanged));
	}

	@Override
	public String name() {
		return "staff";
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
	public boolean allowedFor(AccessScope scope) {
		return scope.role() == Role.ADMINISTRATOR;
	}

	@Override
	Planner planner(ColumnMapping mapping, UUID projectId, AccessScope scope) {
		Map<String, UUID> projectsByName = new HashMap<>();
		this.projects.visible(scope).forEach((p) -> projectsByName.put(ImportValues.key(p.name()), p.id()));
		Map<String, Integer> firstRow = new HashMap<>();
		return (row) -> tried(row, mapping, projectsByName, firstRow, scope);
	}

	private Planned tried(ImportTable.Row line, ColumnMapping mapping, Map<String, UUID> projectsByName,
			Map<String, Integer> firstRow, AccessScope scope) {
		var values = new RowValues(line, mapping, new ArrayList<>());
		String username = values.text("username");
		Optional<ListedAccount> existing = Optional.ofNullable(username).flatMap(this.access::listedAccount);
		UserForm form = overlaid(values, existing.map(ListedAccount::form).orElseGet(UserForm::new));
		Set<UUID> projectIds = projects(values, projectsByName);
		refused(values, () -> FormRules.refuseInvalid(this.validator, form));
		if (!values.problems().isEmpty()) {
			return invalid(values);
		}
		Integer earlier = firstRow.putIfAbsent(username, line.number());
		if (earlier != null) {
			values.refused("username", "imports.error.repeatedValue", earlier);
			return invalid(values);
		}
		if (existing.isPresent() && form.differencesFrom(existing.get().form()).isEmpty()
				&& existing.get().projectIds().containsAll(projectIds)) {
			return new Planned(line.number(), Action.UNCHANGED, existing.get().id(), List.of());
		}
		UUID[] written = new UUID[1];
		refused(values, () -> written[0] = this.trial.write(() -> write(existing, form, projectIds, scope)));
		if (!values.problems().isEmpty()) {
			return invalid(values);
		}
		return new Planned(line.number(), existing.isPresent() ? Action.UPDATE : Action.CREATE, written[0], List.of());
	}

	private UUID write(Optional<ListedAccount> existing, UserForm form, Set<UUID> projectIds, AccessScope scope) {
		UUID id;
		if (existing.isPresent()) {
			id = existing.get().id();
			this.access.changeListedAccount(id, form, scope);
		}
		else {
			id = this.access.createListedAccount(form, scope);
		}
		projectIds.forEach((project) -> this.access.addMember(project, id, scope));
		return id;
	}

	/**
	 * The form with the row's values over it: a blank cell, or a column the file does not
	 * have, leaves what the account had.
	 */
	private UserForm overlaid(RowValues values, UserForm form) {
		Optional.ofNullable(values.text("username")).ifPresent(form::setUsername);
		Optional.ofNullable(values.text("displayName")).ifPresent(form::setDisplayName);
		Optional.ofNullable(values.text("email")).ifPresent(form::setEmail);
		Optional
			.ofNullable(values.read("role", (t) -> ImportValues.choice(this.messages, Role.class, "role", t),
					"imports.error.choice"))
			.ifPresent(form::setRole);
		Optional.ofNullable(values.read("staffFunction",
				(t) -> ImportValues.choice(this.messages, StaffFunction.class, "staffFunction", t),
				"imports.error.choice"))
			.ifPresent(form::setStaffFunction);
		Optional.ofNullable(values.read("municipalityCode", ImportValues::municipality, "imports.error.municipality"))
			.ifPresent(form::setMunicipalityCode);
		return form;
	}

	/** The row's projects by name, each name that is no project a problem. */
	private static Set<UUID> projects(RowValues values, Map<String, UUID> byName) {
		Set<UUID> ids = new LinkedHashSet<>();
		String list = values.text("projects");
		if (list == null) {
			return ids;
		}
		for (String name : list.split("[,;]")) {
			if (name.isBlank()) {
				continue;
			}
			UUID id = byName.get(ImportValues.key(name));
			if (id == null) {
				values.refused("projects", "imports.error.projectName", name.strip());
			}
			else {
				ids.add(id);
			}
		}
		return ids;
	}

	/**
	 * Runs a check or a write, each refusal a problem on its column unless the column's
	 * value could not be read at all.
	 */
	private static void refused(RowValues values, Runnable work) {
		try {
			work.run();
		}
		catch (RejectedInputException refused) {
			refused.rejections()
				.stream()
				.filter((r) -> values.problems()
					.stream()
					.noneMatch((p) -> p.column().equals(values.mapping().title(r.field()))))
				.forEach((r) -> values.refused(r.field(), r.messageKey(), r.args()));
		}
	}

	private static Planned invalid(RowValues values) {
		return new Planned(values.row().number(), Action.INVALID, null, values.problems());
	}

}
