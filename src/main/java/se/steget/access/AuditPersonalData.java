package se.steget.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.core.Erasure;
import se.steget.core.PersonalColumn;
import se.steget.core.PersonalData;
import se.steget.core.Rows;

/**
 * Who has looked at a person's record: the register extract shows it. The audit log is
 * append-only and hash-chained, so erasure keeps it; it names the person by id only, and
 * the id points to an anonymised record afterwards.
 */
@Component
@Order(9)
class AuditPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	AuditPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonalColumn> columns() {
		return List.of(PersonalColumn.kept("audit_entry", "participant_id"), PersonalColumn.kept("audit_entry", "path"),
				PersonalColumn.kept("audit_entry", "purpose"), PersonalColumn.kept("audit_entry", "shown_participants"),
				PersonalColumn.kept("audit_entry_shown", "participant_id"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> describe(UUID participantId) {
		return Map.of("accessLog",
				Rows.of(this.jdbc
					.sql("select at, username, action, route, purpose from audit_entry where participant_id = ?"
							+ " or seq in (select seq from audit_entry_shown where participant_id = ?) order by seq")
					.params(participantId, participantId)));
	}

	@Override
	public Map<String, Long> disposable(Erasure erasure) {
		return Map.of();
	}

	@Override
	public void erase(Erasure erasure) {
		// The log is kept whole: an erased entry would break the chain that proves it
		// unedited.
	}

}
