package se.steget.employer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.core.Rows;
import se.steget.access.AccessScope;
import se.steget.core.NotFoundException;
import se.steget.core.OrganisationNumber;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;
import se.steget.core.UnchangedRecords;

/**
 * The employer register's public API. The register is shared by every project; staff,
 * project managers and administrators read and change it. Its contact persons are
 * personal data, so the steering group and finance see only figures.
 */
@Service
@Transactional(readOnly = true)
public class EmployerManagement {

	static final int PAGE_SIZE = 25;

	private static final String CHANGED_SINCE_IMPORTED = "employer.error.changedSinceImported";

	private final Employers employers;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * A savepoint around removing each employer, so that one still used leaves the rest.
	 */
	private final TransactionTemplate savepoint;

	EmployerManagement(Employers employers, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.employers = employers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Employers whose name or organisation number contains the text, by name. */
	public Page<EmployerView> search(String text, int page, AccessScope scope) {
		requireStaff(scope);
		String name = "%" + ((text == null) ? "" : text.strip().toLowerCase()) + "%";
		String number = "%" + ((text == null) ? "" : text.strip().replace("-", "")) + "%";
		String where = " where lower(name) like ? or organisation_number like ?";
		long total = this.jdbc.sql("select count(*) from employer" + where)
			.params(name, number)
			.query(Long.class)
			.single();
		List<EmployerView> rows = this.jdbc.sql(EmployerView.SELECT + where + " order by name, id limit ? offset ?")
			.params(name, number, PAGE_SIZE, (long) page * PAGE_SIZE)
			.query(EmployerView.class)
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total);
	}

	public EmployerView get(UUID id, AccessScope scope) {
		requireStaff(scope);
		return find(id).orElseThrow(() -> new NotFoundException("Employer"));
	}

	/** The employer, for other modules naming it; employers are not personal data. */
	public Optional<EmployerView> find(UUID id) {
		return this.jdbc.sql(EmployerView.SELECT + " where id = ?").param(id).query(EmployerView.class).optional();
	}

	/** The names of these employers, in one query. */
	public Map<UUID, String> names(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(EmployerView.SELECT + " where id in (:ids)")
			.param("ids", ids)
			.query(EmployerView.class)
			.list()
			.stream()
			.collect(Collectors.toMap(EmployerView::id, EmployerView::name));
	}

	/**
	 * The employers a project works with: those its staff have been in touch with in the
	 * project's name, and the others given (used in its activities, or just chosen), by
	 * name; at most 500, never the whole register.
	 */
	public List<EmployerView> forProject(UUID projectId, Collection<UUID> also) {
		return this.jdbc
			.sql(EmployerView.SELECT
					+ " where id in (select employer_id from employer_contact where project_id = :project)"
					+ " or id in (:also) order by name limit 500")
			.param("project", projectId)
			.param("also", also.isEmpty() ? List.of(new UUID(0, 0)) : also)
			.query(EmployerView.class)
			.list();
	}

	/** The contact persons of these employers, by employer and name. */
	public List<ContactPersonView> contactPersonsOf(Collection<UUID> employerIds) {
		if (employerIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(ContactPersonView.SELECT + " where employer_id in (:ids) order by employer_id, name")
			.param("ids", employerIds)
			.query(ContactPersonView.class)
			.list();
	}

	/** How many employers have a workplace in one of the municipalities. */
	public long countIn(Collection<String> municipalityCodes) {
		if (municipalityCodes.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("select count(distinct employer_id) from workplace where municipality_code in (:codes)")
			.param("codes", municipalityCodes)
			.query(Long.class)
			.single();
	}

	/**
	 * The employer with this organisation number, for a link from a refused duplicate.
	 */
	public Optional<EmployerView> withNumber(String organisationNumber) {
		if (!OrganisationNumber.isValid(organisationNumber)) {
			return Optional.empty();
		}
		return this.jdbc.sql(EmployerView.SELECT + " where organisation_number = ?")
			.param(OrganisationNumber.parse(organisationNumber).value())
			.query(EmployerView.class)
			.optional();
	}

	@Transactional
	public UUID register(EmployerForm form, AccessScope scope) {
		requireStaff(scope);
		EmployerDetails details = form.details();
		refuseDuplicate(details, null);
		return saved(Employer.register(details)).getId();
	}

	@Transactional
	public void update(UUID id, EmployerForm form, AccessScope scope) {
		requireStaff(scope);
		Employer employer = this.employers.findById(id).orElseThrow(() -> new NotFoundException("Employer"));
		StaleEditException.check(form.getVersion(), employer.getVersion());
		EmployerDetails details = form.details();
		refuseDuplicate(details, id);
		employer.change(details);
		StaleEdits.refused(() -> saved(employer));
	}

	public List<WorkplaceView> workplaces(UUID employerId) {
		return this.jdbc.sql(WorkplaceView.SELECT + " where employer_id = ? order by name")
			.param(employerId)
			.query(WorkplaceView.class)
			.list();
	}

	public Optional<WorkplaceView> workplace(UUID id) {
		return this.jdbc.sql(WorkplaceView.SELECT + " where id = ?").param(id).query(WorkplaceView.class).optional();
	}

	/** Adds a workplace: in Sweden in a municipality, abroad in a country only. */
	@Transactional
	public UUID addWorkplace(UUID employerId, WorkplaceForm form, AccessScope scope) {
		get(employerId, scope);
		boolean inSweden = "SE".equals(form.getCountry());
		if (inSweden && (form.getMunicipalityCode() == null || form.getMunicipalityCode().isBlank())) {
			throw new RejectedInputException("municipalityCode", "error.required");
		}
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into workplace (id, employer_id, name, address, municipality_code, country)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(id, employerId, form.getName().strip(), blankToNull(form.getAddress()),
					inSweden ? form.getMunicipalityCode().strip() : null, form.getCountry())
			.update();
		return id;
	}

	public List<ContactPersonView> contactPersons(UUID employerId) {
		return this.jdbc.sql(ContactPersonView.SELECT + " where employer_id = ? order by name")
			.param(employerId)
			.query(ContactPersonView.class)
			.list();
	}

	public Optional<ContactPersonView> contactPerson(UUID id) {
		return this.jdbc.sql(ContactPersonView.SELECT + " where id = ?")
			.param(id)
			.query(ContactPersonView.class)
			.optional();
	}

	@Transactional
	public UUID addContactPerson(UUID employerId, ContactPersonForm form, AccessScope scope) {
		get(employerId, scope);
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into employer_contact_person (id, employer_id, name, role, phone, email, added_on)"
					+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, employerId, form.getName().strip(), blankToNull(form.getRole()), blankToNull(form.getPhone()),
					blankToNull(form.getEmail()), LocalDate.now(this.clock))
			.update();
		return id;
	}

	/** Removes a contact person; the contacts with them stay, without their name. */
	@Transactional
	public void removeContactPerson(UUID employerId, UUID contactPersonId, AccessScope scope) {
		get(employerId, scope);
		int removed = this.jdbc.sql("delete from employer_contact_person where id = ? and employer_id = ?")
			.params(contactPersonId, employerId)
			.update();
		if (removed == 0) {
			throw new NotFoundException("Contact person");
		}
	}

	/**
	 * The register extract of one contact person, on their own request: what is held
	 * about them and the contacts that name them.
	 */
	public Map<String, Object> contactPersonExtract(UUID employerId, UUID contactPersonId, AccessScope scope) {
		if (!scope.canManageProjects()) {
			throw new AccessDeniedException("Project managers and administrators extract personal data");
		}
		ContactPersonView person = contactPerson(contactPersonId).filter((p) -> p.employerId().equals(employerId))
			.orElseThrow(() -> new NotFoundException("Contact person"));
		List<Map<String, Object>> contacts = Rows.of(this.jdbc
			.sql("select contacted_on, channel, purpose, outcome, next_step, next_step_due from employer_contact"
					+ " where contact_person_id = ? order by contacted_on")
			.param(contactPersonId));
		return Map.of("contactPerson", person, "employer", get(employerId, scope).name(), "contacts", contacts);
	}

	/** The version of each of the employers, as their import leaves them. */
	public Map<UUID, Integer> versionsOf(Collection<UUID> ids) {
		return UnchangedRecords.versions(this.jdbc, "employer", ids);
	}

	/**
	 * Removes employers registered by mistake, as when their import is undone: all or
	 * none, refused when one has been changed since, has a workplace or contact person,
	 * or is used (a sales call, a vacancy, an internship, an outcome).
	 * @throws RejectedInputException on {@code rows} with how many were changed or used
	 */
	@Transactional
	public void removeUnchanged(Map<UUID, Integer> versions, AccessScope scope) {
		requireStaff(scope);
		Set<UUID> kept = new HashSet<>(UnchangedRecords.changed(this.jdbc, "employer", versions));
		if (!versions.isEmpty()) {
			kept.addAll(this.jdbc
				.sql("select employer_id from workplace where employer_id in (:ids)"
						+ " union select employer_id from employer_contact_person where employer_id in (:ids)")
				.param("ids", versions.keySet())
				.query(UUID.class)
				.list());
		}
		if (!kept.isEmpty()) {
			throw new RejectedInputException("rows", CHANGED_SINCE_IMPORTED, kept.size());
		}
		UnchangedRecords.remove(this.jdbc, this.savepoint, "employer", versions, CHANGED_SINCE_IMPORTED);
	}

	static void requireStaff(AccessScope scope) {
		if (!scope.seesPeople()) {
			throw new AccessDeniedException("The employer register is for staff");
		}
	}

	private void refuseDuplicate(EmployerDetails details, UUID self) {
		withNumber(details.organisationNumber()).filter((existing) -> !existing.id().equals(self))
			.ifPresent((existing) -> {
				throw new RejectedInputException("organisationNumber", "error.employerExists", existing.name());
			});
	}

	/**
	 * Saves, turning a duplicate that a concurrent request saved first into a refusal.
	 */
	private Employer saved(Employer employer) {
		try {
			return this.employers.save(employer);
		}
		catch (DuplicateKeyException ex) {
			throw new RejectedInputException("organisationNumber", "error.employerExists", "");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
