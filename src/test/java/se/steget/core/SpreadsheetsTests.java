package se.steget.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formula injection (OWASP, ASVS 1.2.10): text that a spreadsheet would run is written as
 * text with a leading apostrophe; other text and numbers are left as they are.
 */
class SpreadsheetsTests {

	@Test
	void textThatWouldStartAFormulaGetsAnApostrophe() {
		for (String formula : List.of("=1+1", "+46 70", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
			assertThat(Spreadsheets.safe(formula)).isEqualTo("'" + formula);
		}
	}

	@Test
	void otherTextIsLeftAsItIs() {
		assertThat(Spreadsheets.safe("Anna Andersson")).isEqualTo("Anna Andersson");
		assertThat(Spreadsheets.safe("<5")).isEqualTo("<5");
		assertThat(Spreadsheets.safe("")).isEmpty();
	}

	@Test
	void aCsvNeutralisesTextButNotNumbers() {
		String csv = Csv.of(List.of("name", "count"), List.of(List.of("=HYPERLINK(\"http://x\")", -3)));
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\";-3");
	}

}
