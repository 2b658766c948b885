package se.steget.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A CSV text or an xlsx workbook as a table. A workbook is read as a stream of its
 * sheet's rows (Apache POI's event API, with its zip-bomb limits at their defaults),
 * never loaded whole; a date cell becomes {@code yyyy-mm-dd} and a whole number its
 * digits, as typed. Reading stops with an error past the row limit.
 */
final class SpreadsheetReading {

	private SpreadsheetReading() {
	}

	static ImportTable csv(CsvDecoding.Decoded decoded, int maxRows) {
		boolean unbalanced = quotes(decoded) % 2 == 1;
		return ImportTable.of((lines) -> csvLines(decoded, unbalanced, lines), maxRows);
	}

	private static void csvLines(CsvDecoding.Decoded decoded, boolean unbalanced, ImportTable.Lines lines) {
		CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL)
			.setDelimiter(decoded.delimiter())
			.setIgnoreEmptyLines(false)
			.get();
		long line = 1;
		try (CSVParser parser = CSVParser.parse(decoded.reader(), format)) {
			for (CSVRecord record : parser) {
				line = record.getRecordNumber();
				if (unbalanced && record.stream().anyMatch((cell) -> cell.contains("\n"))) {
					// a quote left open runs to the end of the file, swallowing the rows
					// after it
					throw new RowProblem.Unreadable("imports.error.csv", line);
				}
				if (!lines.line((int) line, record.toList())) {
					return;
				}
			}
		}
		catch (RowProblem.Unreadable ex) {
			throw ex;
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new RowProblem.Unreadable("imports.error.csv", line + 1);
		}
	}

	private static long quotes(CsvDecoding.Decoded decoded) {
		long quotes = 0;
		char[] buffer = new char[8192];
		try (var reader = decoded.reader()) {
			for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
				for (int i = 0; i < n; i++) {
					quotes += (buffer[i] == '"') ? 1 : 0;
				}
			}
		}
		catch (IOException ex) {
			throw new RowProblem.Unreadable("imports.error.csv", 1);
		}
		return quotes;
	}

	/** The names of the workbook's sheets, in order. */
	static List<String> sheets(byte[] workbook) {
		List<String> names = new ArrayList<>();
		read(workbook, (sheet) -> {
			names.add(sheet.name());
			return false;
		});
		return names;
	}

	/** The sheet of that name, or the first when the name is null. */
	static ImportTable xlsx(byte[] workbook, String sheetName, int maxRows) {
		return ImportTable.of((lines) -> sheetLines(workbook, sheetName, lines), maxRows);
	}

	private static void sheetLines(byte[] workbook, String sheetName, ImportTable.Lines lines) {
		boolean[] found = new boolean[1];
		read(workbook, (sheet) -> {
			if (sheetName != null && !sheetName.equals(sheet.name())) {
				return false;
			}
			found[0] = true;
			parse(sheet, lines);
			return true;
		});
		if (!found[0]) {
			throw new RowProblem.Unreadable("imports.error.sheet", (sheetName != null) ? sheetName : "");
		}
	}

	/**
	 * One sheet of a workbook as it is read: its name, its rows' XML, and what they refer
	 * to.
	 */
	private record Sheet(String name, InputStream xml, StylesTable styles, ReadOnlySharedStringsTable strings) {
	}

	private interface SheetVisitor {

		/** Reads the sheet if it wants it; true to stop there. */
		boolean visit(Sheet sheet) throws IOException, SAXException, ParserConfigurationException;

	}

	private static void read(byte[] workbook, SheetVisitor visitor) {
		try (OPCPackage file = OPCPackage.open(new ByteArrayInputStream(workbook))) {
			var reader = new XSSFReader(file);
			var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			var strings = new ReadOnlySharedStringsTable(file);
			while (sheets.hasNext()) {
				try (InputStream xml = sheets.next()) {
					if (visitor.visit(new Sheet(sheets.getSheetName(), xml, reader.getStylesTable(), strings))) {
						return;
					}
				}
			}
		}
		catch (RowProblem.Unreadable ex) {
			throw ex;
		}
		catch (Stop stop) {
			// the visitor has read what it wanted
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			throw new RowProblem.Unreadable("imports.error.xlsx");
		}
	}

	private static void parse(Sheet sheet, ImportTable.Lines rows)
			throws IOException, SAXException, ParserConfigurationException {
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new XSSFSheetXMLHandler(sheet.styles(), null, sheet.strings(), new SheetRows(rows),
				new AsTyped(), false));
		parser.parse(new InputSource(sheet.xml()));
	}

	/**
	 * Hands a sheet's cells on row by row, empty cells filled in; stops the reading when
	 * told.
	 */
	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final ImportTable.Lines rows;

		private List<String> cells;

		SheetRows(ImportTable.Lines rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			if (!this.rows.line(rowNum + 1, this.cells)) {
				throw new Stop();
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = (reference != null) ? new CellReference(reference).getCol() : this.cells.size();
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			this.cells.add((value != null) ? value : "");
		}

	}

	/** Thrown through the XML parser to stop reading a sheet. */
	private static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}

	}

	/**
	 * Cell values as the user typed them: a date as {@code yyyy-mm-dd} (with its time
	 * when it has one), a whole number in a general cell with all its digits (a personal
	 * identity number, not 1.98E+11).
	 */
	private static final class AsTyped extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime at = DateUtil.getLocalDateTime(value);
				return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
						: at.toString();
			}
			if (formatIndex == 0 && value == Math.rint(value) && Math.abs(value) < 1e15) {
				return BigDecimal.valueOf(value).toBigInteger().toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}

	}

}
