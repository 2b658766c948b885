package se.steget.imports;

/**
 * How a CSV file was read: the encoding and whether a byte-order mark chose it, and the
 * delimiter ({@code semicolon}, {@code comma} or {@code tab}); each says whether the user
 * chose it or the file did.
 */
public record CsvView(String charset, boolean byteOrderMark, boolean charsetChosen, String delimiter,
		boolean delimiterChosen) {

	static CsvView of(ImportJob job, CsvDecoding.Decoded decoded) {
		if (decoded == null) {
			return null;
		}
		return new CsvView(decoded.charset().name(), decoded.byteOrderMark(), job.getCharset() != null,
				name(decoded.delimiter()), job.getDelimiter() != null);
	}

	static String name(char delimiter) {
		return switch (delimiter) {
			case ',' -> "comma";
			case '\t' -> "tab";
			default -> "semicolon";
		};
	}

}
