package se.steget.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import se.steget.core.RejectedInputException;
import se.steget.imports.ImportJob.FileType;

/**
 * A job's file: its type, its name and hash as kept, its layout, and the file read as a
 * table with the choices the user made.
 */
final class ImportFiles {

	private ImportFiles() {
	}

	/**
	 * The job's file as a table, read with its choices; unreadable is a refusal on
	 * {@code file}.
	 */
	static ImportTable read(ImportJob job, int maxRows) {
		// the file is erased after the days it is kept, and when a person it names is
		// erased
		if (job.getContent() == null) {
			throw new RejectedInputException("file", "imports.error.fileErased");
		}
		try {
			if (job.getFileType() == FileType.XLSX) {
				return SpreadsheetReading.xlsx(job.getContent(), job.getSheet(), maxRows);
			}
			return SpreadsheetReading.csv(decoded(job), maxRows);
		}
		catch (RowProblem.Unreadable ex) {
			throw new RejectedInputException("file", ex.messageKey(), ex.args());
		}
	}

	static CsvDecoding.Decoded decoded(ImportJob job) {
		Charset charset = (job.getCharset() != null) ? Charset.forName(job.getCharset()) : null;
		Character delimiter = (job.getDelimiter() != null) ? job.getDelimiter().charAt(0) : null;
		return CsvDecoding.decode(job.getContent(), charset, delimiter);
	}

	static FileType typeOf(String fileName, byte[] content) {
		String name = (fileName == null) ? "" : fileName.toLowerCase(Locale.ROOT);
		boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
		if (name.endsWith(".xlsx") || zip) {
			return FileType.XLSX;
		}
		if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
			return FileType.CSV;
		}
		throw new RejectedInputException("file", "imports.error.fileType");
	}

	/** The file's name without a path, as a browser may send it. */
	static String plainName(String fileName) {
		String name = (fileName == null || fileName.isBlank()) ? "import.csv" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	/** The kind and the headers in their order: what makes a file of the same layout. */
	static String layout(ImportKind kind, List<String> header) {
		return sha256((kind.name() + "\u0000" + String.join("\u0000", header)).getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
