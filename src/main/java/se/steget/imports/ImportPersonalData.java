package se.steget.imports;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.steget.core.Erasure;
import se.steget.core.PersonalColumn;
import se.steget.core.PersonalData;

/**
 * An import job's file and report name many people: they are kept only as long as the job
 * is worth going back to ({@code steget.imports.kept-for}, 30 days), and erased at once,
 * with the file's name, when a person the report names is erased. The register extract
 * lists the imports that wrote the person's record.
 */
@Component
@Order(10)
class ImportPersonalData implements PersonalData {

	private static final String NAMING = "report like '%' || :id || '%'";

	private final JdbcClient jdbc;

	private final ImportProperties properties;

	private final Clock clock;

	ImportPersonalData(JdbcClient jdbc, ImportProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public List<PersonalColumn> columns() {
		return List.of(PersonalColumn.erased("import_job", "content"), PersonalColumn.erased("import_job", "report"),
				PersonalColumn.erased("import_job", "file_name"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> describe(UUID participantId) {
		return Map.of("imports",
				this.jdbc
					.sql("select file_name, status, created_at, imported_at from import_job where " + NAMING
							+ " order by created_at")
					.param("id", participantId.toString())
					.query()
					.listOfRows());
	}

	@Override
	public Map<String, Long> disposable(Erasure erasure) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("importFiles",
				erasure.participants()
					.stream()
					.mapToLong((id) -> this.jdbc.sql("select count(*) from import_job where " + NAMING)
						.param("id", id.toString())
						.query(Long.class)
						.single())
					.sum());
		return counts;
	}

	@Override
	public void erase(Erasure erasure) {
		erasure.participants()
			.forEach((id) -> this.jdbc
				.sql("update import_job set content = null, report = null, file_name = '–' where " + NAMING)
				.param("id", id.toString())
				.update());
	}

	/** Every night: the files and reports of jobs older than the time they are kept. */
	@Scheduled(cron = "${steget.imports.purge-cron:0 40 2 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "import-files")
	@Transactional
	public void purge() {
		this.jdbc
			.sql("update import_job set content = null, report = null where content is not null and created_at < ?")
			.param(LocalDateTime.now(this.clock).minus(this.properties.keptFor()))
			.update();
	}

}
