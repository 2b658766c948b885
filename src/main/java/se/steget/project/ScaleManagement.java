package se.steget.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * A project's assessment scales, such as the steps of Swedish or the distance to the
 * labour market.
 */
@Service
@Transactional(readOnly = true)
public class ScaleManagement {

	private static final String COLUMNS = "id, project_id, name, description, min_value, max_value, higher_is_better";

	private static final String SELECT = "select " + COLUMNS + ", version from assessment_scale";

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	ScaleManagement(JdbcClient jdbc, ProjectManagement projects) {
		this.jdbc = jdbc;
		this.projects = projects;
	}

	/**
	 * The project's scales by name. Callers have checked that the user sees the project.
	 */
	public List<ScaleView> scales(UUID projectId) {
		return this.jdbc.sql(SELECT + " where project_id = ? order by name")
			.param(projectId)
			.query(ScaleView.class)
			.list();
	}

	public Optional<ScaleView> scale(UUID scaleId) {
		return this.jdbc.sql(SELECT + " where id = ?").param(scaleId).query(ScaleView.class).optional();
	}

	@Transactional
	public UUID add(UUID projectId, ScaleForm form, AccessScope scope) {
		check(projectId, form, scope);
		return insert(projectId, form);
	}

	@Transactional
	public void update(UUID projectId, UUID scaleId, ScaleForm form, AccessScope scope) {
		check(projectId, form, scope);
		ScaleView saved = scale(scaleId).filter((s) -> s.projectId().equals(projectId))
			.orElseThrow(() -> new NotFoundException("Scale"));
		StaleEditException.check(form.getVersion(), saved.version());
		Map<String, Object> params = params(scaleId, projectId, form);
		params.put("version", saved.version());
		int updated = this.jdbc
			.sql("update assessment_scale set name = :name, description = :description, min_value = :min,"
					+ " max_value = :max, higher_is_better = :higher, version = version + 1"
					+ " where id = :id and project_id = :project and version = :version")
			.params(params)
			.update();
		if (updated == 0) {
			throw new StaleEditException();
		}
	}

	/**
	 * After a stale save: what the scale now holds differently from what the user typed,
	 * with the form moved on to the saved version.
	 */
	List<Difference> differences(UUID projectId, UUID scaleId, ScaleForm typed, AccessScope scope) {
		ScaleForm saved = editForm(projectId, scaleId, scope);
		typed.setVersion(saved.getVersion());
		return typed.differencesFrom(saved);
	}

	ScaleForm editForm(UUID projectId, UUID scaleId, AccessScope scope) {
		this.projects.get(projectId, scope);
		ProjectManagement.requireManager(projectId, scope);
		return scale(scaleId).filter((s) -> s.projectId().equals(projectId))
			.map(ScaleForm::of)
			.orElseThrow(() -> new NotFoundException("Scale"));
	}

	@Transactional
	void copy(UUID projectId, List<ScaleForm> forms) {
		forms.forEach((form) -> insert(projectId, form));
	}

	private UUID insert(UUID projectId, ScaleForm form) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into assessment_scale (" + COLUMNS + ") values (:id, :project, :name, :description,"
					+ " :min, :max, :higher)")
			.params(params(id, projectId, form))
			.update();
		return id;
	}

	private void check(UUID projectId, ScaleForm form, AccessScope scope) {
		this.projects.get(projectId, scope);
		ProjectManagement.requireManager(projectId, scope);
		if (form.getMaxValue() <= form.getMinValue()) {
			throw new RejectedInputException("maxValue", "error.maxNotAboveMin");
		}
	}

	private static Map<String, Object> params(UUID id, UUID projectId, ScaleForm form) {
		var params = new java.util.HashMap<String, Object>();
		params.put("id", id);
		params.put("project", projectId);
		params.put("name", form.getName().strip());
		params.put("description", form.getDescription());
		params.put("min", form.getMinValue());
		params.put("max", form.getMaxValue());
		params.put("higher", form.isHigherIsBetter());
		return params;
	}

}
