package se.steget.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * How the bytes of a CSV file become text, decided, never guessed: a byte-order mark
 * decides; otherwise the file is read as strict UTF-8, and if it is not valid UTF-8, as
 * Windows-1252 (what Excel writes on a Swedish Windows). The delimiter is the one of
 * {@code ;}, {@code ,} and tab that the header line holds most of, a semicolon when none.
 * The user may choose either instead, on seeing the preview.
 */
final class CsvDecoding {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	static final List<Charset> CHOICES = List.of(StandardCharsets.UTF_8, WINDOWS_1252, StandardCharsets.UTF_16LE,
			StandardCharsets.UTF_16BE);

	static final List<Character> DELIMITERS = List.of(';', ',', '\t');

	/** The most of a header line that decides the delimiter. */
	private static final int MAX_HEADER = 65_536;

	private CsvDecoding() {
	}

	/**
	 * How the file is decoded: its bytes after any byte-order mark, read in the charset
	 * with the delimiter, as text that is never held whole.
	 */
	record Decoded(byte[] body, Charset charset, boolean byteOrderMark, char delimiter) {

		/** The text, from its start; a leading byte-order mark character left out. */
		Reader reader() {
			var reader = new PushbackReader(
					new InputStreamReader(new ByteArrayInputStream(this.body), strict(this.charset)));
			try {
				int first = reader.read();
				if (first >= 0 && first != '\uFEFF') {
					reader.unread(first);
				}
				return reader;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * How the file is to be read as text: in the charset and with the delimiter given, or
	 * as the file says when they are null.
	 * @throws RowProblem.Unreadable when the bytes are not text in the charset
	 */
	static Decoded decode(byte[] bytes, Charset charset, Character delimiter) {
		Marked marked = marked(bytes);
		Charset used = (charset != null) ? charset : (marked.charset() != null) ? marked.charset() : detected(bytes);
		byte[] body = (marked.charset() != null && marked.charset().equals(used)) ? marked.body() : bytes;
		if (!strictly(body, used)) {
			throw new RowProblem.Unreadable("imports.error.encoding", used.displayName());
		}
		var decoded = new Decoded(body, used, marked.charset() != null, ';');
		char separator = (delimiter != null) ? delimiter : delimiterOf(firstLine(decoded));
		return new Decoded(body, used, marked.charset() != null, separator);
	}

	private static Charset detected(byte[] bytes) {
		return strictly(bytes, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : WINDOWS_1252;
	}

	/** Whether the bytes are valid text in the charset, decoded a piece at a time. */
	private static boolean strictly(byte[] bytes, Charset charset) {
		CharsetDecoder decoder = strict(charset);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(8192);
		CoderResult result;
		do {
			out.clear();
			result = decoder.decode(in, out, true);
		}
		while (result.isOverflow());
		if (result.isError()) {
			return false;
		}
		do {
			out.clear();
			result = decoder.flush(out);
		}
		while (result.isOverflow());
		return !result.isError();
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private record Marked(Charset charset, byte[] body) {
	}

	private static Marked marked(byte[] bytes) {
		try (var in = BOMInputStream.builder()
			.setInputStream(new ByteArrayInputStream(bytes))
			.setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
			.get()) {
			ByteOrderMark mark = in.getBOM();
			if (mark == null) {
				return new Marked(null, bytes);
			}
			return new Marked(Charset.forName(mark.getCharsetName()), in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The header line: up to the first line break outside quotes. */
	private static String firstLine(Decoded decoded) {
		var line = new StringBuilder();
		boolean quoted = false;
		try (Reader reader = decoded.reader()) {
			for (int c = reader.read(); c >= 0 && line.length() < MAX_HEADER; c = reader.read()) {
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted && (c == '\n' || c == '\r')) {
					break;
				}
				line.append((char) c);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return line.toString();
	}

	/**
	 * The delimiter the header line holds most of, outside quotes; a semicolon on a tie.
	 */
	static char delimiterOf(String header) {
		int[] counts = new int[DELIMITERS.size()];
		boolean quoted = false;
		for (int i = 0; i < header.length(); i++) {
			char c = header.charAt(i);
			quoted ^= c == '"';
			int index = DELIMITERS.indexOf(c);
			if (!quoted && index >= 0) {
				counts[index]++;
			}
		}
		int best = 0;
		for (int i = 1; i < counts.length; i++) {
			if (counts[i] > counts[best]) {
				best = i;
			}
		}
		return DELIMITERS.get(best);
	}

}
