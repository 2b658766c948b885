package se.steget.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessManagement;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Difference;
import se.steget.core.Municipalities;
import se.steget.core.StaleEdits;
import se.steget.core.StaleEditException;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.organisation.OrganisationManagement;
import se.steget.organisation.OrganisationView;
import se.steget.project.ProjectOrganisation.Relation;

/**
 * The project module's public API. Every read takes the user's scope: a project outside
 * it is not found.
 */
@Service
@Transactional(readOnly = true)
public class ProjectManagement {

	static final int PAGE_SIZE = 25;

	private static final String SUMMARY = "select p.id, p.name, p.phase, p.period_start, p.period_end,"
			+ " o.name as owner_name from project p left join organisation o on o.id = p.owner_organisation_id";

	private final Projects projects;

	private final JdbcClient jdbc;

	private final OrganisationManagement organisations;

	private final AccessManagement access;

	private final ApplicationEventPublisher events;

	ProjectManagement(Projects projects, JdbcClient jdbc, OrganisationManagement organisations, AccessManagement access,
			ApplicationEventPublisher events) {
		this.events = events;
		this.projects = projects;
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.access = access;
	}

	public Page<ProjectSummary> search(String text, int page, AccessScope scope) {
		int number = Math.max(page, 0);
		String where = " where lower(p.name) like :q" + (scope.allProjects() ? "" : " and p.id in (:ids)");
		Map<String, Object> params = Map.of("q", "%" + text.strip().toLowerCase() + "%", "ids", scope.projectFilter(),
				"limit", PAGE_SIZE, "offset", (long) number * PAGE_SIZE);
		long total = this.jdbc.sql("select count(*) from project p" + where).params(params).query(Long.class).single();
		List<ProjectSummary> rows = this.jdbc.sql(SUMMARY + where + " order by p.name limit :limit offset :offset")
			.params(params)
			.query(ProjectSummary.class)
			.list();
		return new PageImpl<>(rows, PageRequest.of(number, PAGE_SIZE), total);
	}

	/** Every project the user may see, by name: for choices and the start page. */
	public List<ProjectSummary> visible(AccessScope scope) {
		String where = scope.allProjects() ? "" : " where p.id in (:ids)";
		return this.jdbc.sql(SUMMARY + where + " order by p.name")
			.param("ids", scope.projectFilter())
			.query(ProjectSummary.class)
			.list();
	}

	/**
	 * The projects whose retention has run out before the given day, the earliest first.
	 */
	public List<ProjectRetention> pastRetention(LocalDate today) {
		return this.jdbc
			.sql("select id, name, period_end, retention_months from project where retention_months is not null"
					+ " and period_end is not null order by period_end, name")
			.query((rs, n) -> new ProjectRetention(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getInt(4)))
			.list()
			.stream()
			.filter((project) -> project.expiredOn().isBefore(today))
			.toList();
	}

	public Optional<String> nameOf(UUID id) {
		return this.projects.findById(id).map(Project::getName);
	}

	/** The project's municipality codes, for a caller that has checked the scope. */
	public List<String> municipalityCodes(UUID id) {
		return this.projects.findById(id).map((p) -> List.copyOf(p.municipalityCodes())).orElse(List.of());
	}

	public ProjectView get(UUID id, AccessScope scope) {
		Project project = find(id, scope);
		var owner = (project.getOwnerOrganisationId() == null) ? null
				: this.organisations.find(project.getOwnerOrganisationId()).orElse(null);
		return new ProjectView(project.getId(), project.getName(), project.getProgrammeArea(), project.getPhase(),
				owner, project.getContactPerson(), project.getEsfGrantSek(), project.getTotalBudgetSek(),
				project.getPeriodStart(), project.getPeriodEnd(), project.getRegion(), project.getTargetGroup(),
				project.getQuotaWomen(), project.getQuotaMen(), project.getQuotaTotal(), project.getWarningDays(),
				project.isPausesStopCounters(), project.getContactNormDays(),
				project.municipalityCodes().stream().flatMap((code) -> Municipalities.find(code).stream()).toList(),
				organisations(project.organisationIds(Relation.CO_FINANCER)),
				organisations(project.organisationIds(Relation.PARTNER)), this.access.members(id),
				project.getVersion());
	}

	/** The organisation that owns the project, or null; for rules that need no scope. */
	public UUID ownerOrganisationId(UUID projectId) {
		return this.projects.findById(projectId).map(Project::getOwnerOrganisationId).orElse(null);
	}

	/**
	 * After a stale save: the fields the project now holds differently from what the user
	 * typed, with the form moved on to the saved version.
	 */
	public List<Difference> differences(UUID id, ProjectForm typed, AccessScope scope) {
		ProjectForm saved = editForm(id, scope);
		typed.setVersion(saved.getVersion());
		return typed.differencesFrom(saved,
				(org) -> (org == null) ? null : this.organisations.find(org).map((o) -> o.name()).orElse(null),
				this.access::displayName);
	}

	public ProjectForm editForm(UUID id, AccessScope scope) {
		requireManager(id, scope);
		return ProjectForm.of(find(id, scope), this.access.members(id).stream().map((m) -> m.id()).toList());
	}

	@Transactional
	public UUID create(ProjectForm form, AccessScope scope) {
		return create(form, form.details(), scope);
	}

	/**
	 * Creates the project with these details, such as the form's with a template's rules.
	 */
	@Transactional
	UUID create(ProjectForm form, ProjectDetails details, AccessScope scope) {
		requireManager(null, scope);
		check(form);
		Project project = this.projects.save(Project.start(details));
		var members = new HashSet<>(form.getMemberIds());
		if (scope.role() == Role.PROJECT_MANAGER) {
			members.add(scope.userId());
		}
		this.access.setMembers(project.getId(), members);
		this.events.publishEvent(new ProjectCreated(project.getId(), form.getTemplateKey()));
		return project.getId();
	}

	@Transactional
	public void update(UUID id, ProjectForm form, AccessScope scope) {
		requireManager(id, scope);
		check(form);
		Project project = find(id, scope);
		StaleEditException.check(form.getVersion(), project.getVersion());
		project.update(form.details());
		StaleEdits.refused(() -> this.projects.save(project));
		this.access.setMembers(id, form.getMemberIds());
	}

	private Project find(UUID id, AccessScope scope) {
		return this.projects.findById(id)
			.filter((p) -> scope.canSeeProject(p.getId()))
			.orElseThrow(() -> new NotFoundException("Project"));
	}

	static void requireManager(UUID projectId, AccessScope scope) {
		boolean allowed = scope.role() == Role.ADMINISTRATOR
				|| (scope.role() == Role.PROJECT_MANAGER && (projectId == null || scope.canSeeProject(projectId)));
		if (!allowed) {
			throw new AccessDeniedException("Only administrators and the project's managers change a project");
		}
	}

	private void check(ProjectForm form) {
		if (form.getPeriodEnd().isBefore(form.getPeriodStart())) {
			throw new RejectedInputException("periodEnd", "error.periodEndBeforeStart");
		}
		if (form.getQuotaTotal() != null && form.getQuotaWomen() != null && form.getQuotaMen() != null
				&& form.getQuotaWomen() + form.getQuotaMen() > form.getQuotaTotal()) {
			throw new RejectedInputException("quotaTotal", "error.quotaTotalTooSmall");
		}
		checkOrganisations("ownerOrganisationId",
				(form.getOwnerOrganisationId() == null) ? List.of() : List.of(form.getOwnerOrganisationId()));
		checkOrganisations("coFinancerIds", form.getCoFinancerIds());
		checkOrganisations("partnerIds", form.getPartnerIds());
		if (!this.access.allExist(form.getMemberIds())) {
			throw new RejectedInputException("memberIds", "error.unknownUser");
		}
	}

	private void checkOrganisations(String field, Collection<UUID> ids) {
		if (this.organisations.findAll(ids).size() < new HashSet<>(ids).size()) {
			throw new RejectedInputException(field, "error.unknownOrganisation");
		}
	}

	private List<OrganisationView> organisations(List<UUID> ids) {
		return this.organisations.findAll(ids);
	}

}
