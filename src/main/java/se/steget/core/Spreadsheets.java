package se.steget.core;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text that a spreadsheet program would take for a formula is neutralised before any
 * export leaves Steget (OWASP's CSV injection guidance, ASVS 1.2.10): a value starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, so that the cell is read as text.
 */
public final class Spreadsheets {

	private Spreadsheets() {
	}

	/** The text as a cell may hold it. */
	public static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + text : text;
	}

	/** Neutralises every text cell of the workbook, just before it is written. */
	public static void neutralise(Workbook workbook) {
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						String text = cell.getStringCellValue();
						String safe = safe(text);
						if (!safe.equals(text)) {
							cell.setCellValue(safe);
						}
					}
				}
			}
		}
	}

}
