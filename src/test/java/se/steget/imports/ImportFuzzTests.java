package se.steget.imports;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files and cells as people send them, fuzzed: the decoder and the readers either give a
 * table or refuse the file with the reason they show the user
 * ({@link RowProblem.Unreadable}), and the column matching and the readers of values
 * never throw. Regression mode on the committed inputs in every build;
 * {@code JAZZER_FUZZ=1} explores.
 */
class ImportFuzzTests {

	@FuzzTest(maxExecutions = 500_000)
	void aCsvFileIsReadOrRefusedWithItsReason(FuzzedDataProvider data) {
		Charset charset = data.consumeBoolean() ? null : data.pickValue(CsvDecoding.CHOICES);
		Character delimiter = data.consumeBoolean() ? null : data.pickValue(CsvDecoding.DELIMITERS);
		byte[] file = data.consumeRemainingAsBytes();
		ImportTable table;
		try {
			table = SpreadsheetReading.csv(CsvDecoding.decode(file, charset, delimiter), 1_000);
		}
		catch (RowProblem.Unreadable refused) {
			assertThat(refused.messageKey()).startsWith("imports.error.");
			return;
		}
		assertThat(table.header()).isNotEmpty();
		assertThat(table.first(1_000)).allSatisfy((row) -> assertThat(row.number()).isGreaterThan(1));
		ColumnMapping mapping = ColumnMapping.matched(table.header(), ParticipantImport.COLUMNS, (key, locale) -> key);
		assertThat(ColumnMapping.parse(table.header(), mapping.kept(), ParticipantImport.COLUMNS).kept())
			.isEqualTo(mapping.kept());
	}

	@FuzzTest(maxExecutions = 100_000)
	void aWorkbookIsReadOrRefusedWithItsReason(FuzzedDataProvider data) {
		String sheet = data.consumeBoolean() ? null : data.consumeString(20);
		byte[] file = data.consumeRemainingAsBytes();
		try {
			ImportTable table = SpreadsheetReading.xlsx(file, sheet, 1_000);
			assertThat(table.header()).isNotEmpty();
		}
		catch (RowProblem.Unreadable refused) {
			assertThat(refused.messageKey()).startsWith("imports.error.");
		}
	}

	@FuzzTest(maxExecutions = 500_000)
	void cellsAreReadOrLeftUnread(FuzzedDataProvider data) {
		List<String> header = new ArrayList<>();
		int columns = data.consumeInt(0, 12);
		for (int i = 0; i < columns; i++) {
			header.add(data.consumeString(30));
		}
		ColumnMapping mapping = ColumnMapping.parse(header, data.consumeString(100), ParticipantImport.COLUMNS);
		mapping.missing(ParticipantImport.COLUMNS);
		mapping.doubled();
		String cell = data.consumeRemainingAsString();
		ImportValues.gender(cell);
		ImportValues.yesNo(cell);
		ImportValues.municipality(cell);
		ImportValues.decimal(cell).ifPresent((hours) -> assertThat(hours.signum()).isNotNegative());
		ImportValues.date(cell).ifPresent((date) -> assertThat(date.getYear()).isBetween(0, 9999));
	}

}
