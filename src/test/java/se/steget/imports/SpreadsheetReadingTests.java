package se.steget.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetReadingTests {

	@Test
	void readsAWorkbookSheetWithDatesAndLongNumbersAsTyped() throws Exception {
		byte[] workbook = workbook();
		assertThat(SpreadsheetReading.sheets(workbook)).containsExactly("Instruktioner", "Deltagare");

		ImportTable table = SpreadsheetReading.xlsx(workbook, "Deltagare", 100);
		assertThat(table.header()).containsExactly("Personnummer", "Start", "Start som text", "Namn");
		assertThat(table.first(1_000)).hasSize(2);
		ImportTable.Row first = table.first(1_000).get(0);
		assertThat(first.number()).isEqualTo(2);
		assertThat(first.cells()).containsExactly("195001182046", "2024-03-15", "20240315", "Åsa Öberg");
		ImportTable.Row second = table.first(1_000).get(1);
		assertThat(second.number()).as("a blank row is skipped, the numbering kept").isEqualTo(4);
		assertThat(second.cell(0)).isEmpty();
		assertThat(second.cell(3)).isEqualTo("Ärlig Ödmjuk");

		assertThat(SpreadsheetReading.xlsx(workbook, null, 100).header()).containsExactly("Läs mig");
	}

	@Test
	void refusesWhatIsNotAWorkbookAndTooManyRows() throws Exception {
		assertThatThrownBy(() -> SpreadsheetReading.xlsx("PK nothing".getBytes(StandardCharsets.UTF_8), null, 10))
			.isInstanceOf(RowProblem.Unreadable.class)
			.hasMessage("imports.error.xlsx");
		assertThatThrownBy(() -> SpreadsheetReading.xlsx(workbook(), "Deltagare", 1))
			.isInstanceOf(RowProblem.Unreadable.class)
			.hasMessage("imports.error.tooManyRows");
		assertThatThrownBy(() -> SpreadsheetReading.xlsx(workbook(), "Saknas", 10)).hasMessage("imports.error.sheet");
	}

	@Test
	void readsCsvRowsWithTheirSpreadsheetRowNumbers() {
		var decoded = CsvDecoding.decode(
				"Namn;Ort\n\"Öberg; Åsa\";Kalmar\n\nEk;\"Väster\nås\"\nSist;X\n".getBytes(StandardCharsets.UTF_8), null,
				null);
		ImportTable table = SpreadsheetReading.csv(decoded, 100);
		assertThat(table.header()).containsExactly("Namn", "Ort");
		assertThat(table.first(1_000)).extracting(ImportTable.Row::number).containsExactly(2, 4, 5);
		assertThat(table.first(1_000).get(0).cells()).containsExactly("Öberg; Åsa", "Kalmar");
		assertThat(table.first(1_000).get(1).cell(1)).isEqualTo("Väster\nås");
	}

	@Test
	void refusesACsvFileWithAnOpenQuote() {
		var decoded = CsvDecoding.decode("Namn;Ort\nEk;\"Kalmar\n".getBytes(StandardCharsets.UTF_8), null, null);
		assertThatThrownBy(() -> SpreadsheetReading.csv(decoded, 100)).isInstanceOf(RowProblem.Unreadable.class)
			.hasMessage("imports.error.csv");
	}

	private static byte[] workbook() throws Exception {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			workbook.createSheet("Instruktioner").createRow(0).createCell(0).setCellValue("Läs mig");
			Sheet sheet = workbook.createSheet("Deltagare");
			Row header = sheet.createRow(0);
			String[] titles = { "Personnummer", "Start", "Start som text", "Namn" };
			for (int i = 0; i < titles.length; i++) {
				header.createCell(i).setCellValue(titles[i]);
			}
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue(195001182046d);
			first.createCell(1).setCellValue(LocalDate.of(2024, 3, 15));
			first.getCell(1).setCellStyle(date);
			first.createCell(2).setCellValue("20240315");
			first.createCell(3).setCellValue("Åsa Öberg");
			sheet.createRow(2).createCell(0).setCellValue("");
			sheet.createRow(3).createCell(3).setCellValue("Ärlig Ödmjuk");
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
