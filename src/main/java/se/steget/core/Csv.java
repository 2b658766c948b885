package se.steget.core;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.MediaType;

/**
 * CSV files as Swedish spreadsheets read them: semicolons, a header row, and a byte order
 * mark so that they read UTF-8; text that would start a formula is neutralised
 * ({@link Spreadsheets#safe}).
 */
public final class Csv {

	public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private Csv() {
	}

	/** The header and the rows as one file. */
	public static String of(List<String> header, Iterable<? extends Iterable<?>> rows) {
		var out = new StringWriter();
		out.write('\uFEFF');
		CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL)
			.setDelimiter(';')
			.setHeader(header.toArray(String[]::new))
			.get();
		try (var printer = new CSVPrinter(out, format)) {
			for (Iterable<?> row : rows) {
				for (Object value : row) {
					printer.print((value instanceof CharSequence || value instanceof Enum<?>)
							? Spreadsheets.safe(value.toString()) : value);
				}
				printer.println();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
