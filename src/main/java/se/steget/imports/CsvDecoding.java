package se.steget.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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

	private CsvDecoding() {
	}

	/** The text as it was decoded, and how. */
	record Decoded(String text, Charset charset, boolean byteOrderMark, char delimiter) {
	}

	/**
	 * The file as text: in the charset and with the delimiter given, or as the file says
	 * when they are null.
	 * @throws RowProblem.Unreadable when the bytes are not text in the charset
	 */
	static Decoded decode(byte[] bytes, Charset charset, Character delimiter) {
		Marked marked = marked(bytes);
		Charset used = (charset != null) ? charset : (marked.charset() != null) ? marked.charset() : detected(bytes);
		byte[] body = (marked.charset() != null && marked.charset().equals(used)) ? marked.body() : bytes;
		String text = strictly(body, used);
		if (text == null) {
			throw new RowProblem.Unreadable("imports.error.encoding", used.displayName());
		}
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		char separator = (delimiter != null) ? delimiter : delimiterOf(firstLine(text));
		return new Decoded(text, used, marked.charset() != null, separator);
	}

	private static Charset detected(byte[] bytes) {
		return (strictly(bytes, StandardCharsets.UTF_8) != null) ? StandardCharsets.UTF_8 : WINDOWS_1252;
	}

	/** The text, or null when the bytes are not valid in the charset. */
	private static String strictly(byte[] bytes, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
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

	private static String firstLine(String text) {
		int end = 0;
		boolean quoted = false;
		while (end < text.length()) {
			char c = text.charAt(end);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			end++;
		}
		return text.substring(0, end);
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
