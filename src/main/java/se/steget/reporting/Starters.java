package se.steget.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a project's starters, with their situation at the start, in one query.
 */
@Component
class Starters {

	private final JdbcClient jdbc;

	Starters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The project's starters, from one home municipality when one is given. */
	List<Starter> of(UUID projectId, String municipalityCode) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("project", projectId);
		String where = " and e.project_id = :project";
		if (municipalityCode != null && !municipalityCode.isBlank()) {
			where += " and p.municipality_code = :municipality";
			params.put("municipality", municipalityCode);
		}
		return this.jdbc.sql(Starter.SELECT + where).params(params).query(Starter.class).list();
	}

}
