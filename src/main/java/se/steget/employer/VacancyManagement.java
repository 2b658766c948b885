package se.steget.employer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.access.AccessScope;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;
import se.steget.core.UnchangedRecords;

/**
 * Vacancies and places at the employers of the register: advertised jobs with their
 * external id, hidden jobs found in an employer contact, and internship, work-trial and
 * apprenticeship places. A hire fills a position; when none is left the vacancy is
 * filled.
 */
@Service
@Transactional(readOnly = true)
public class VacancyManagement {

	static final int PAGE_SIZE = 25;

	private static final String CHANGED_SINCE_IMPORTED = "vacancy.error.changedSinceImported";

	private final Vacancies vacancies;

	private final EmployerManagement employers;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/**
	 * A savepoint around removing each vacancy, so that one still used leaves the rest.
	 */
	private final TransactionTemplate savepoint;

	VacancyManagement(Vacancies vacancies, EmployerManagement employers, JdbcClient jdbc, Clock clock,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.events = events;
		this.vacancies = vacancies;
		this.employers = employers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The version of each of the vacancies, as their import leaves them. */
	public Map<UUID, Integer> versionsOf(Collection<UUID> ids) {
		return UnchangedRecords.versions(this.jdbc, "vacancy", ids);
	}

	/**
	 * Removes vacancies published by mistake, as when their import is undone: all or
	 * none, refused when one has been changed (edited, filled, closed) or proposed to a
	 * participant since.
	 * @throws RejectedInputException on {@code rows} with how many were changed or used
	 */
	@Transactional
	public void removeUnchanged(Map<UUID, Integer> versions, AccessScope scope) {
		EmployerManagement.requireStaff(scope);
		int changed = UnchangedRecords.changed(this.jdbc, "vacancy", versions).size();
		if (changed > 0) {
			throw new RejectedInputException("rows", CHANGED_SINCE_IMPORTED, changed);
		}
		UnchangedRecords.remove(this.jdbc, this.savepoint, "vacancy", versions, CHANGED_SINCE_IMPORTED);
	}

	public Page<VacancyView> search(VacancyFilter filter, int page, AccessScope scope) {
		EmployerManagement.requireStaff(scope);
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		long total = this.jdbc.sql("select count(*) from vacancy v" + where).params(params).query(Long.class).single();
		params.put("limit", PAGE_SIZE);
		params.put("offset", (long) page * PAGE_SIZE);
		List<VacancyView> rows = withRequirements(this.jdbc
			.sql("select " + VacancyView.COLUMNS + VacancyView.FROM + where
					+ " order by v.published_on desc, v.id limit :limit offset :offset")
			.params(params)
			.query(VacancyManagement::view)
			.list());
		return new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total);
	}

	public VacancyView get(UUID id, AccessScope scope) {
		EmployerManagement.requireStaff(scope);
		return find(id).orElseThrow(() -> new NotFoundException("Vacancy"));
	}

	/** The vacancy, for another module that has checked the user's right to see it. */
	public Optional<VacancyView> find(UUID id) {
		return withRequirements(this.jdbc.sql("select " + VacancyView.COLUMNS + VacancyView.FROM + " where v.id = ?")
			.param(id)
			.query(VacancyManagement::view)
			.list()).stream().findFirst();
	}

	/** These vacancies with their requirements, in two queries. */
	public List<VacancyView> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return withRequirements(
				this.jdbc.sql("select " + VacancyView.COLUMNS + VacancyView.FROM + " where v.id in (:ids)")
					.param("ids", ids)
					.query(VacancyManagement::view)
					.list());
	}

	/**
	 * Every vacancy changed after the moment (all of them for null), open or not, so that
	 * an index of the open ones can follow every change, on any instance.
	 */
	public List<VacancyView> changedAfter(LocalDateTime after) {
		String where = (after == null) ? "" : " where v.changed_at > :after";
		Map<String, Object> params = new HashMap<>();
		if (after != null) {
			params.put("after", after);
		}
		return withRequirements(this.jdbc.sql("select " + VacancyView.COLUMNS + VacancyView.FROM + where)
			.params(params)
			.query(VacancyManagement::view)
			.list());
	}

	@Transactional
	public UUID publish(UUID employerId, VacancyForm form, AccessScope scope) {
		this.employers.get(employerId, scope);
		VacancyDetails details = form.details();
		checkPlace(employerId, details);
		return this.vacancies.save(Vacancy.publish(employerId, details, LocalDateTime.now(this.clock))).getId();
	}

	@Transactional
	public void update(UUID id, VacancyForm form, AccessScope scope) {
		EmployerManagement.requireStaff(scope);
		Vacancy vacancy = this.vacancies.findById(id).orElseThrow(() -> new NotFoundException("Vacancy"));
		StaleEditException.check(form.getVersion(), vacancy.getVersion());
		VacancyDetails details = form.details();
		checkPlace(vacancy.getEmployerId(), details);
		vacancy.change(details, LocalDateTime.now(this.clock));
		StaleEdits.refused(() -> this.vacancies.save(vacancy));
	}

	@Transactional
	public void close(UUID id, AccessScope scope) {
		EmployerManagement.requireStaff(scope);
		Vacancy vacancy = this.vacancies.findById(id).orElseThrow(() -> new NotFoundException("Vacancy"));
		vacancy.close(LocalDateTime.now(this.clock));
		StaleEdits.refused(() -> this.vacancies.save(vacancy));
	}

	/**
	 * Fills one position of an open vacancy, in one statement, so that two hires at once
	 * never fill more positions than there are.
	 */
	@Transactional
	public void fill(UUID id) {
		int updated = this.jdbc
			.sql("update vacancy set filled = filled + 1, status = case when filled + 1 >= positions then 'FILLED'"
					+ " else status end, changed_at = ?, version = version + 1"
					+ " where id = ? and status = 'OPEN' and filled < positions")
			.params(LocalDateTime.now(this.clock), id)
			.update();
		if (updated == 0) {
			throw new RejectedInputException("status", "error.noPositionsLeft");
		}
		this.jdbc.sql("select employer_id from vacancy where id = ? and status = 'FILLED'")
			.param(id)
			.query(UUID.class)
			.optional()
			.ifPresent((employer) -> this.events.publishEvent(new VacancyFilled(id, employer)));
	}

	/**
	 * Gives back a position filled by a booking that was removed: a place that was full
	 * is open again.
	 */
	@Transactional
	public void release(UUID id) {
		this.jdbc
			.sql("update vacancy set filled = filled - 1, status = case when status = 'FILLED' then 'OPEN'"
					+ " else status end, changed_at = ?, version = version + 1 where id = ? and filled > 0")
			.params(LocalDateTime.now(this.clock), id)
			.update();
	}

	/** The employer's vacancies and places, the newest first. */
	public List<VacancyView> ofEmployer(UUID employerId, AccessScope scope) {
		this.employers.get(employerId, scope);
		return search(new VacancyFilter(null, null, null, null, employerId), 0, scope).getContent();
	}

	/** The open internship, work-trial and apprenticeship places of these employers. */
	public List<VacancyView> openPlacesAt(Collection<UUID> employerIds) {
		if (employerIds.isEmpty()) {
			return List.of();
		}
		return withRequirements(this.jdbc
			.sql("select " + VacancyView.COLUMNS + VacancyView.FROM + " where v.employer_id in (:ids)"
					+ " and v.status = 'OPEN' and v.kind <> 'JOB' order by em.name, v.title")
			.param("ids", employerIds)
			.query(VacancyManagement::view)
			.list());
	}

	/** The ids of every vacancy and place the employer has had. */
	public List<UUID> idsAt(UUID employerId) {
		return this.jdbc.sql("select id from vacancy where employer_id = ?").param(employerId).query(UUID.class).list();
	}

	/**
	 * The employer's vacancies and places that an imported row is: those with its ad id,
	 * or, for a row without one, those with its title published on its day.
	 */
	public List<VacancyView> sameAs(UUID employerId, String externalId, String title, LocalDate publishedOn) {
		Map<String, Object> params = new HashMap<>();
		params.put("employer", employerId);
		String where;
		if (externalId != null) {
			where = " and v.external_id = :externalId";
			params.put("externalId", externalId);
		}
		else {
			where = " and v.title = :title and v.published_on = :publishedOn";
			params.put("title", title);
			params.put("publishedOn", publishedOn);
		}
		return withRequirements(this.jdbc
			.sql("select " + VacancyView.COLUMNS + VacancyView.FROM + " where v.employer_id = :employer" + where)
			.params(params)
			.query(VacancyManagement::view)
			.list());
	}

	private void checkPlace(UUID employerId, VacancyDetails details) {
		if (details.workplaceId() != null && this.employers.workplace(details.workplaceId())
			.filter((w) -> w.employerId().equals(employerId))
			.isEmpty()) {
			throw new RejectedInputException("workplaceId", "error.unknownWorkplace");
		}
		if (details.foundInContactId() != null
				&& this.jdbc.sql("select count(*) from employer_contact where id = ? and employer_id = ?")
					.params(details.foundInContactId(), employerId)
					.query(Long.class)
					.single() == 0) {
			throw new RejectedInputException("foundInContactId", "error.unknownEmployerContact");
		}
	}

	private static String where(VacancyFilter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (filter.status() != null) {
			conditions.add("v.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.municipalityCode() != null) {
			conditions.add("v.municipality_code = :municipality");
			params.put("municipality", filter.municipalityCode());
		}
		if (filter.field() != null) {
			conditions.add("v.ssyk_code like :field");
			params.put("field", filter.field() + "%");
		}
		if (filter.kind() != null) {
			conditions.add("v.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.employerId() != null) {
			conditions.add("v.employer_id = :employer");
			params.put("employer", filter.employerId());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private List<VacancyView> withRequirements(List<VacancyView> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, List<Requirement>> byVacancy = new HashMap<>();
		List<UUID> ids = rows.stream().map(VacancyView::id).toList();
		for (int from = 0; from < ids.size(); from += 1000) {
			this.jdbc
				.sql("select vacancy_id, kind, requirement_value, must_have from vacancy_requirement"
						+ " where vacancy_id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query((rs, n) -> byVacancy.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new ArrayList<>())
					.add(new Requirement(RequirementKind.valueOf(rs.getString(2)), rs.getString(3), rs.getBoolean(4))))
				.list();
		}
		return rows.stream().map((v) -> v.withRequirements(byVacancy.getOrDefault(v.id(), List.of()))).toList();
	}

	private static VacancyView view(ResultSet rs, int n) throws SQLException {
		return new VacancyView(rs.getObject("id", UUID.class), rs.getObject("employer_id", UUID.class),
				rs.getString("employer_name"), rs.getObject("workplace_id", UUID.class),
				PlaceKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("ssyk_code"),
				rs.getString("municipality_code"), rs.getString("country"),
				EmploymentType.valueOf(rs.getString("employment_type")), rs.getInt("scope_min"), rs.getInt("scope_max"),
				rs.getObject("published_on", LocalDate.class), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("deadline", LocalDate.class), rs.getInt("positions"), rs.getInt("filled"),
				VacancySource.valueOf(rs.getString("source")), rs.getString("external_id"),
				rs.getString("external_url"), rs.getObject("found_in_contact_id", UUID.class),
				VacancyStatus.valueOf(rs.getString("status")), rs.getString("description"),
				rs.getObject("changed_at", LocalDateTime.class), rs.getInt("version"), List.of());
	}

}
