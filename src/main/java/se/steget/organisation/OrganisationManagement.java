package se.steget.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.NotFoundException;
import se.steget.core.StaleEdits;
import se.steget.core.StaleEditException;

/**
 * The organisation module's public API. Organisations are not personal data: every
 * logged-in user may read them; administrators and project managers change them.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationManagement {

	static final int PAGE_SIZE = 25;

	private static final String COLUMNS = "id, name, kind, organisation_number, municipality_code, version";

	private final Organisations organisations;

	private final JdbcClient jdbc;

	OrganisationManagement(Organisations organisations, JdbcClient jdbc) {
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	public Page<OrganisationView> search(String text, int page) {
		String where = " where lower(name) like ? or organisation_number like ?";
		String like = "%" + ((text == null) ? "" : text.strip().toLowerCase().replace("-", "")) + "%";
		String nameLike = "%" + ((text == null) ? "" : text.strip().toLowerCase()) + "%";
		long total = this.jdbc.sql("select count(*) from organisation" + where)
			.params(nameLike, like)
			.query(Long.class)
			.single();
		List<OrganisationView> rows = this.jdbc
			.sql("select " + COLUMNS + " from organisation" + where + " order by name limit ? offset ?")
			.params(nameLike, like, PAGE_SIZE, (long) page * PAGE_SIZE)
			.query(OrganisationView.class)
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total);
	}

	/** All organisations by name, for choosing owners, co-financers and partners. */
	public List<OrganisationView> all() {
		return this.jdbc.sql("select " + COLUMNS + " from organisation order by name")
			.query(OrganisationView.class)
			.list();
	}

	public Optional<OrganisationView> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from organisation where id = ?")
			.param(id)
			.query(OrganisationView.class)
			.optional();
	}

	/**
	 * The organisations with these ids, by name, in one query; unknown ids are left out.
	 */
	public List<OrganisationView> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from organisation where id in (:ids) order by name")
			.param("ids", ids)
			.query(OrganisationView.class)
			.list();
	}

	/**
	 * The organisations that own or take part in these projects (all projects when
	 * {@code projectIds} is null), and those with the other ids, by name: who a case may
	 * be shared with, without the thousands of employers in the register.
	 */
	public List<OrganisationView> ofProjects(Collection<UUID> projectIds, Collection<UUID> alsoIds) {
		String projects = (projectIds == null) ? "" : " where project_id in (:projects)";
		String owners = (projectIds == null) ? "" : " and id in (:projects)";
		Map<String, Object> params = new HashMap<>();
		params.put("projects", (projectIds == null || projectIds.isEmpty()) ? List.of(new UUID(0, 0)) : projectIds);
		params.put("also", alsoIds.isEmpty() ? List.of(new UUID(0, 0)) : alsoIds);
		return this.jdbc
			.sql("select " + COLUMNS + " from organisation where id in (select organisation_id from"
					+ " project_organisation" + projects + " union select owner_organisation_id from project"
					+ " where owner_organisation_id is not null" + owners
					+ " union select id from organisation where id in (:also)) order by name")
			.params(params)
			.query(OrganisationView.class)
			.list();
	}

	public OrganisationView get(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException("Organisation"));
	}

	@Transactional
	public UUID register(OrganisationForm form, AccessScope scope) {
		requireManager(scope);
		var organisation = Organisation.register(form.details());
		organisation.normaliseNumber();
		return this.organisations.save(organisation).getId();
	}

	@Transactional
	public void update(UUID id, OrganisationForm form, AccessScope scope) {
		requireManager(scope);
		var organisation = this.organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation"));
		StaleEditException.check(form.getVersion(), organisation.getVersion());
		organisation.update(form.details());
		organisation.normaliseNumber();
		StaleEdits.refused(() -> this.organisations.save(organisation));
	}

	private static void requireManager(AccessScope scope) {
		if (!scope.canManageProjects()) {
			throw new AccessDeniedException("Only administrators and project managers change organisations");
		}
	}

}
