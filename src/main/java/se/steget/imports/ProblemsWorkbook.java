package se.steget.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import se.steget.core.Spreadsheets;

/**
 * The rows that could not be imported, as the file had them, with what is wrong with each
 * in a first column, so that the user fixes them in Excel and imports the workbook.
 */
final class ProblemsWorkbook {

	private ProblemsWorkbook() {
	}

	static byte[] of(ImportTable table, ImportReport report, Function<RowProblem, String> text, String title) {
		Map<Integer, String> problems = report.withProblems()
			.stream()
			.collect(Collectors.toMap(ImportReport.Planned::row,
					(row) -> row.problems().stream().map(text).collect(Collectors.joining("; "))));
		try (var workbook = new SXSSFWorkbook(100); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue(title);
			for (int i = 0; i < table.header().size(); i++) {
				header.createCell(i + 1).setCellValue(Spreadsheets.safe(table.header().get(i)));
			}
			int[] next = { 1 };
			table.forEach((row) -> {
				String problem = problems.get(row.number());
				if (problem != null) {
					Row line = sheet.createRow(next[0]++);
					line.createCell(0).setCellValue(Spreadsheets.safe(problem));
					for (int i = 0; i < table.header().size(); i++) {
						line.createCell(i + 1).setCellValue(Spreadsheets.safe(row.cell(i)));
					}
				}
			});
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
