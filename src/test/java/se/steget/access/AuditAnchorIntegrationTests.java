package se.steget.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with write access to the database cuts entries off the end of the audit log and
 * points the chain's head back: the chain alone still holds, but the head written out of
 * the database shows the cut.
 */
@SpringBootTest
class AuditAnchorIntegrationTests {

	private static final Path ANCHORS = Path.of(System.getProperty("java.io.tmpdir"),
			"steget-audit-anchors-" + UUID.randomUUID(), "anchors");

	@DynamicPropertySource
	static void anchorFile(DynamicPropertyRegistry registry) {
		registry.add("steget.audit.anchor-file", ANCHORS::toString);
	}

	@Autowired
	private AuditLog auditLog;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void entriesCutOffTheEndAreFoundByTheAnchor() throws Exception {
		for (int i = 0; i < 4; i++) {
			append("/participants/" + i);
		}
		this.auditLog.anchor();
		this.auditLog.anchor();
		long anchored = this.auditLog.verify().checked();
		assertThat(Files.readAllLines(ANCHORS)).singleElement().asString().startsWith(anchored + " ");
		append("/after-the-anchor");
		assertThat(this.auditLog.verify().intact()).isTrue();

		long kept = anchored - 2;
		String keptHash = this.jdbc.sql("select hash from audit_entry where seq = ?")
			.param(kept)
			.query(String.class)
			.single();
		this.jdbc.sql("delete from audit_entry_shown where seq > ?").param(kept).update();
		this.jdbc.sql("delete from audit_entry where seq > ?").param(kept).update();
		this.jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1").params(kept, keptHash).update();

		AuditVerification cut = this.auditLog.verify();
		assertThat(cut.checked()).isEqualTo(kept);
		assertThat(cut.brokenAt()).isEqualTo(kept + 1);
	}

	private void append(String path) {
		this.auditLog.append(null, "steget", AuditAction.VIEW, "GET /participants/{id}", path, null, null, 200, null);
	}

}
