package se.steget.imports;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import se.steget.imports.ImportReport.Action;
import se.steget.imports.ImportReport.Planned;

import static org.assertj.core.api.Assertions.assertThat;

class ImportReportTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aRowIsKeptAsAShortArrayAndReadBack() {
		UUID id = UUID.randomUUID();
		var report = new ImportReport(2, List.of(new Planned(2, Action.CREATE, null, List.of()),
				new Planned(3, Action.INVALID, id, List.of(new RowProblem(3, "Kön", "X", "imports.error.gender")))));
		String kept = this.json.writeValueAsString(report);
		assertThat(kept).contains("[2,\"CREATE\",null,[]]");
		assertThat(ImportReport.read(this.json, kept)).usingRecursiveComparison().isEqualTo(report);
	}

	@Test
	void aReportKeptBeforeRowsWereArraysIsStillRead() {
		String earlier = "{\"rowCount\":1,\"rows\":[{\"row\":2,\"action\":\"UPDATE\",\"recordId\":null,\"problems\":[]}]}";
		assertThat(ImportReport.read(this.json, earlier).rows())
			.containsExactly(new Planned(2, Action.UPDATE, null, List.of()));
	}

}
