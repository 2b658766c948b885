package se.steget.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
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
		CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL)
			.setDelimiter(decoded.delimiter())
			.setIgnoreEmptyLines(false)
			.get();
		var rows = new Rows(maxRows);
		boolean unbalanced = decoded.text().chars().filter((c) -> c == '"').count() % 2 == 1;
		try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()), format)) {
			for (CSVRecord record : parser) {
				if (unbalanced && record.stream().anyMatch((cell) -> cell.contains("\n"))) {
					// a quote left open runs to the end of the file, swallowing the rows
					// after it
					throw new RowProblem.Unreadable("imports.error.csv", record.getRecordNumber());
				}
				rows.add((int) record.getRecordNumber(), record.toList());
			}
		}
		catch (RowProblem.Unreadable ex) {
			throw ex;
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new RowProblem.Unreadable("imports.error.csv", rows.count() + 2);
		}
		return rows.table();
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
		var rows = new Rows(maxRows);
		boolean[] found = new boolean[1];
		read(workbook, (sheet) -> {
			if (sheetName != null && !sheetName.equals(sheet.name())) {
				return false;
			}
			found[0] = true;
			parse(sheet, rows);
			return true;
		});
		if (!found[0]) {
			throw new RowProblem.Unreadable("imports.error.sheet", (sheetName != null) ? sheetName : "");
		}
		return rows.table();
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
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			throw new RowProblem.Unreadable("imports.error.xlsx");
		}
	}

	private static void parse(Sheet sheet, Rows rows) throws IOException, SAXException, ParserConfigurationException {
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new XSSFSheetXMLHandler(sheet.styles(), null, sheet.strings(), new SheetRows(rows),
				new AsTyped(), false));
		parser.parse(new InputSource(sheet.xml()));
	}

	/** Collects a sheet's cells row by row, empty cells filled in. */
	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Rows rows;

		private List<String> cells;

		SheetRows(Rows rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			this.rows.add(rowNum + 1, this.cells);
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

	/** The rows read so far, blank ones left out, the first one the header. */
	private static final class Rows {

		private final int max;

		private List<String> header;

		private final List<ImportTable.Row> rows = new ArrayList<>();

		Rows(int max) {
			this.max = max;
		}

		void add(int number, List<String> cells) {
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			if (this.header == null) {
				this.header = cells.stream().map(String::strip).toList();
				return;
			}
			if (this.rows.size() >= this.max) {
				throw new RowProblem.Unreadable("imports.error.tooManyRows", this.max);
			}
			this.rows.add(new ImportTable.Row(number, cells));
		}

		int count() {
			return this.rows.size();
		}

		ImportTable table() {
			if (this.header == null) {
				throw new RowProblem.Unreadable("imports.error.empty");
			}
			return new ImportTable(this.header, this.rows);
		}

	}

}
