package se.steget.project;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.Difference;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;

/**
 * A project's priority groups, defined on participant attributes.
 */
@Service
@Transactional(readOnly = true)
public class PriorityGroupManagement {

	private static final String COLUMNS = "id, project_id, name, gender, min_age, max_age, birth_region,"
			+ " education_level, disability, min_months_unemployed, max_swedish_level";

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	PriorityGroupManagement(JdbcClient jdbc, ProjectManagement projects) {
		this.jdbc = jdbc;
		this.projects = projects;
	}

	/**
	 * The project's priority groups by name. Callers have checked that the user sees the
	 * project.
	 */
	public List<PriorityGroupView> groups(UUID projectId) {
		return this.jdbc.sql("select " + COLUMNS + ", version from priority_group where project_id = ? order by name")
			.param(projectId)
			.query(PriorityGroupView.class)
			.list();
	}

	@Transactional
	public UUID add(UUID projectId, PriorityGroupForm form, AccessScope scope) {
		check(projectId, form, scope);
		return insert(projectId, form);
	}

	@Transactional
	void copy(UUID projectId, List<PriorityGroupForm> forms) {
		forms.forEach((form) -> insert(projectId, form));
	}

	private UUID insert(UUID projectId, PriorityGroupForm form) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into priority_group (" + COLUMNS + ") values (:id, :project, :name, :gender, :minAge,"
					+ " :maxAge, :birthRegion, :education, :disability, :months, :swedish)")
			.params(params(id, projectId, form))
			.update();
		return id;
	}

	@Transactional
	public void update(UUID projectId, UUID id, PriorityGroupForm form, AccessScope scope) {
		check(projectId, form, scope);
		PriorityGroupView saved = groups(projectId).stream()
			.filter((g) -> g.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Priority group"));
		StaleEditException.check(form.getVersion(), saved.version());
		Map<String, Object> params = params(id, projectId, form);
		params.put("version", saved.version());
		int updated = this.jdbc
			.sql("update priority_group set name = :name, gender = :gender, min_age = :minAge, max_age = :maxAge,"
					+ " birth_region = :birthRegion, education_level = :education, disability = :disability,"
					+ " min_months_unemployed = :months, max_swedish_level = :swedish, version = version + 1"
					+ " where id = :id and project_id = :project and version = :version")
			.params(params)
			.update();
		if (updated == 0) {
			throw new StaleEditException();
		}
	}

	/**
	 * After a stale save: what the group now holds differently from what the user typed,
	 * with the form moved on to the saved version.
	 */
	List<Difference> differences(UUID projectId, UUID id, PriorityGroupForm typed, AccessScope scope) {
		PriorityGroupForm saved = editForm(projectId, id, scope);
		typed.setVersion(saved.getVersion());
		return typed.differencesFrom(saved);
	}

	PriorityGroupForm editForm(UUID projectId, UUID id, AccessScope scope) {
		this.projects.get(projectId, scope);
		ProjectManagement.requireManager(projectId, scope);
		return groups(projectId).stream()
			.filter((g) -> g.id().equals(id))
			.findFirst()
			.map(PriorityGroupForm::of)
			.orElseThrow(() -> new NotFoundException("Priority group"));
	}

	private void check(UUID projectId, PriorityGroupForm form, AccessScope scope) {
		this.projects.get(projectId, scope);
		ProjectManagement.requireManager(projectId, scope);
		if (form.getMinAge() != null && form.getMaxAge() != null && form.getMaxAge() < form.getMinAge()) {
			throw new RejectedInputException("maxAge", "error.maxAgeBelowMin");
		}
	}

	private static java.util.Map<String, Object> params(UUID id, UUID projectId, PriorityGroupForm form) {
		var params = new java.util.HashMap<String, Object>();
		params.put("id", id);
		params.put("project", projectId);
		params.put("name", form.getName().strip());
		params.put("gender", name(form.getGender()));
		params.put("minAge", form.getMinAge());
		params.put("maxAge", form.getMaxAge());
		params.put("birthRegion", name(form.getBirthRegion()));
		params.put("education", name(form.getEducationLevel()));
		params.put("disability", form.getDisability());
		params.put("months", form.getMinMonthsUnemployed());
		params.put("swedish", name(form.getMaxSwedishLevel()));
		return params;
	}

	private static String name(Enum<?> value) {
		return (value == null) ? null : value.name();
	}

}
