package se.steget.privacy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.reporting.Breakdown;
import se.steget.reporting.EsfReport;
import se.steget.reporting.EsfReportView;
import se.steget.reporting.GoalReport;
import se.steget.reporting.GoalReportView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention on the demo data: Jobbkontakten ended in 2010; with a year's retention its
 * people lose their identities and free texts, and its figures stay as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steget.demo.enabled=true")
class RetentionIntegrationTests {

	@Autowired
	private Retention retention;

	@Autowired
	private GoalReport goals;

	@Autowired
	private EsfReport esf;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestData data;

	@Test
	void aDryRunListsWhatGoesAndARunRemovesItWithoutChangingAFigure() {
		UUID project = this.jdbc.sql("select id from project where name = 'Jobbkontakten'").query(UUID.class).single();
		this.jdbc.sql("update project set retention_months = 12 where id = ?").param(project).update();
		this.jdbc
			.sql("update contact set note = 'Ringde om praktik' where enrollment_id in"
					+ " (select id from enrollment where project_id = ?)")
			.param(project)
			.update();
		AccessScope admin = this.data.admin();
		GoalReportView goalsBefore = this.goals.report(project, null, Breakdown.AGE_BAND, admin);
		EsfReportView esfBefore = this.esf.report(project, admin);
		int people = count("select count(distinct participant_id) from enrollment where project_id = ?", project);

		List<ExpiredProject> dryRun = this.retention.dryRun();
		assertThat(dryRun).filteredOn((p) -> p.projectId().equals(project))
			.singleElement()
			.satisfies((p) -> assertThat(p.participants()).isEqualTo(people));
		assertThat(count("select count(*) from participant where anonymised_on is not null and id in"
				+ " (select participant_id from enrollment where project_id = ?)", project))
			.isZero();

		assertThat(this.retention.run()).isGreaterThanOrEqualTo(people);

		assertThat(count("select count(*) from participant p join enrollment e on e.participant_id = p.id"
				+ " where e.project_id = ? and (p.anonymised_on is null or p.first_name <> '-'"
				+ " or p.personal_identity_number not like 'X%' or not p.protected_identity)", project))
			.isZero();
		assertThat(count("select count(*) from contact c join enrollment e on e.id = c.enrollment_id"
				+ " where e.project_id = ? and c.note is not null", project))
			.isZero();
		assertThat(this.goals.report(project, null, Breakdown.AGE_BAND, admin)).isEqualTo(goalsBefore);
		assertThat(this.esf.report(project, admin)).isEqualTo(esfBefore);
		assertThat(this.retention.dryRun()).filteredOn((p) -> p.projectId().equals(project))
			.singleElement()
			.satisfies((p) -> assertThat(p.participants()).isZero());
		assertThat(this.retention.run()).isZero();
	}

	private int count(String sql, UUID project) {
		return this.jdbc.sql(sql).param(project).query(Integer.class).single();
	}

}
