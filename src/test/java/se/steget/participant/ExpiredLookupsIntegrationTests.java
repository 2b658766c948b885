package se.steget.participant;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A look-up is kept only while it lets the user enroll the person; the audit log keeps
 * the rest.
 */
@SpringBootTest
class ExpiredLookupsIntegrationTests {

	@Autowired
	private ExpiredLookups expired;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aLookUpOlderThanItsDayIsRemovedAndAFreshOneKept() {
		UUID coach = this.data.user(Role.STAFF);
		UUID person = this.data.participant(coach, Gender.WOMAN);
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Stockholm"));
		lookUp(person, coach, now.minusHours(25));
		UUID fresh = lookUp(person, coach, now.minusHours(1));

		this.expired.remove();

		assertThat(this.jdbc.sql("select id from participant_lookup where participant_id = ?")
			.param(person)
			.query(UUID.class)
			.list()).containsExactly(fresh);
	}

	private UUID lookUp(UUID person, UUID user, LocalDateTime at) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into participant_lookup (id, participant_id, user_id, purpose, looked_up_at)"
					+ " values (?, ?, ?, 'Ny inskrivning', ?)")
			.params(id, person, user, at)
			.update();
		return id;
	}

}
