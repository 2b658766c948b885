package se.steget.imports;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvDecodingTests {

	private static final String SWEDISH = "Förnamn;Efternamn\nÅsa;Öberg\nÄrlig;Ödmjuk\n";

	@Test
	void readsWindows1252WhenTheBytesAreNotUtf8() throws Exception {
		var decoded = CsvDecoding.decode(SWEDISH.getBytes(CsvDecoding.WINDOWS_1252), null, null);
		assertThat(decoded.charset()).isEqualTo(CsvDecoding.WINDOWS_1252);
		assertThat(text(decoded)).isEqualTo(SWEDISH);
		assertThat(decoded.delimiter()).isEqualTo(';');
		assertThat(decoded.byteOrderMark()).isFalse();
	}

	@Test
	void readsStrictUtf8WithoutAMark() throws Exception {
		var decoded = CsvDecoding.decode(SWEDISH.getBytes(StandardCharsets.UTF_8), null, null);
		assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(text(decoded)).isEqualTo(SWEDISH);
	}

	@Test
	void aByteOrderMarkDecidesAndIsNotPartOfTheFirstHeader() throws Exception {
		byte[] body = "Personnummer,Förnamn\n".getBytes(StandardCharsets.UTF_8);
		byte[] marked = new byte[body.length + 3];
		marked[0] = (byte) 0xEF;
		marked[1] = (byte) 0xBB;
		marked[2] = (byte) 0xBF;
		System.arraycopy(body, 0, marked, 3, body.length);
		var decoded = CsvDecoding.decode(marked, null, null);
		assertThat(decoded.byteOrderMark()).isTrue();
		assertThat(text(decoded)).startsWith("Personnummer,");
		assertThat(decoded.delimiter()).isEqualTo(',');

		byte[] utf16 = "\uFEFFNamn\tKön\n".getBytes(StandardCharsets.UTF_16LE);
		var sixteen = CsvDecoding.decode(utf16, null, null);
		assertThat(sixteen.charset()).isEqualTo(StandardCharsets.UTF_16LE);
		assertThat(text(sixteen)).isEqualTo("Namn\tKön\n");
		assertThat(sixteen.delimiter()).isEqualTo('\t');
	}

	@Test
	void theUsersChoiceOverridesTheFile() throws Exception {
		var decoded = CsvDecoding.decode(SWEDISH.getBytes(StandardCharsets.UTF_8), CsvDecoding.WINDOWS_1252, ',');
		assertThat(text(decoded)).startsWith("FÃ¶rnamn");
		assertThat(decoded.delimiter()).isEqualTo(',');
	}

	@Test
	void refusesBytesThatAreNotTextInTheChosenEncoding() {
		byte[] notUtf8 = { 'a', (byte) 0xC3, '\n' };
		assertThatThrownBy(() -> CsvDecoding.decode(notUtf8, StandardCharsets.UTF_8, null))
			.isInstanceOf(RowProblem.Unreadable.class)
			.hasMessage("imports.error.encoding");
		byte[] undefinedIn1252 = { 'a', (byte) 0x81 };
		assertThatThrownBy(() -> CsvDecoding.decode(undefinedIn1252, null, null))
			.isInstanceOf(RowProblem.Unreadable.class);
	}

	@Test
	void theDelimiterIsTheOneTheHeaderHoldsMostOfOutsideQuotes() {
		assertThat(CsvDecoding.delimiterOf("\"Efternamn, förnamn\";Kön;Kommun")).isEqualTo(';');
		assertThat(CsvDecoding.delimiterOf("a,b;c,d")).isEqualTo(',');
		assertThat(CsvDecoding.delimiterOf("a\tb\tc;d")).isEqualTo('\t');
		assertThat(CsvDecoding.delimiterOf("Personnummer")).isEqualTo(';');
	}

	private static String text(CsvDecoding.Decoded decoded) throws java.io.IOException {
		try (var reader = decoded.reader()) {
			return new String(org.apache.commons.io.IOUtils.toCharArray(reader));
		}
	}

}
