package se.steget.core;

import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people and clients type, fuzzed: every parser of outside input either gives a
 * value that reads back the same or refuses with its own exception, never another. In
 * every build these run the committed inputs (regression mode); with
 * {@code JAZZER_FUZZ=1} each explores for a million executions.
 */
class ParserFuzzTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@FuzzTest(maxExecutions = 1_000_000)
	void aPersonalIdentityNumberIsReadOrRefused(FuzzedDataProvider data) {
		String typed = data.consumeRemainingAsString();
		PersonalIdentityNumber number;
		try {
			number = PersonalIdentityNumber.parse(typed, TODAY);
		}
		catch (IllegalArgumentException refused) {
			return;
		}
		assertThat(number.value()).matches("\\d{12}");
		assertThat(number.birthDate()).isBeforeOrEqualTo(TODAY);
		assertThat(PersonalIdentityNumber.parse(number.formatted(), TODAY)).isEqualTo(number);
	}

	@FuzzTest(maxExecutions = 1_000_000)
	void anOrganisationNumberIsReadOrRefused(FuzzedDataProvider data) {
		String typed = data.consumeRemainingAsString();
		OrganisationNumber number;
		try {
			number = OrganisationNumber.parse(typed);
		}
		catch (IllegalArgumentException refused) {
			return;
		}
		assertThat(number.value()).matches("\\d{10}");
		assertThat(OrganisationNumber.parse(number.formatted())).isEqualTo(number);
	}

	@FuzzTest(maxExecutions = 1_000_000)
	void anIfMatchHeaderIsAVersionAnythingOrStale(FuzzedDataProvider data) {
		String header = data.consumeRemainingAsString();
		Integer version;
		try {
			version = ETags.expected(header);
		}
		catch (StaleEditException stale) {
			return;
		}
		if (version == null) {
			assertThat(header.strip()).isEqualTo("*");
		}
		else {
			assertThat(version).isNotNegative();
			assertThat(ETags.expected(ETags.of(version))).isEqualTo(version);
		}
	}

	@FuzzTest(maxExecutions = 1_000_000)
	void aMunicipalityCodeIsKnownOrNot(FuzzedDataProvider data) {
		String code = data.consumeRemainingAsString();
		if (Municipalities.isKnown(code)) {
			assertThat(Municipalities.nameOf(code)).isNotBlank();
			assertThat(code.strip()).matches("\\d{4}");
		}
	}

	@FuzzTest(maxExecutions = 1_000_000)
	void plainTextHasNoControlOrDirectionCharacters(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		if (PlainText.isPlain(text)) {
			assertThat(text.codePoints())
				.noneMatch((c) -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t');
			assertThat(text).doesNotContain("\u202e", "\u2066");
		}
	}

}
