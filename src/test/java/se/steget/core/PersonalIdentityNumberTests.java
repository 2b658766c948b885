package se.steget.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PersonalIdentityNumberTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void storesTwelveDigitsAndDerivesTheBirthDate() {
		var number = PersonalIdentityNumber.parse("19850101-2382", TODAY);
		assertThat(number.value()).isEqualTo("198501012382");
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1985, 1, 1));
		assertThat(number.formatted()).isEqualTo("19850101-2382");
		assertThat(number.isCoordinationNumber()).isFalse();
	}

	@Test
	void aGeneratedNumberHasItsCheckDigit() {
		assertThat(PersonalIdentityNumber.of(LocalDate.of(1985, 1, 1), 238, false).value()).isEqualTo("198501012382");
		assertThatThrownBy(() -> PersonalIdentityNumber.of(LocalDate.of(1985, 1, 1), 0, false))
			.isInstanceOf(IllegalArgumentException.class);
		PersonalIdentityNumber coordination = PersonalIdentityNumber.of(LocalDate.of(1931, 5, 20), 17, true);
		assertThat(coordination.isCoordinationNumber()).isTrue();
		assertThat(coordination.birthDate()).isEqualTo(LocalDate.of(1931, 5, 20));
	}

	@Test
	void givesTenDigitFormsTheCenturyOfSomeoneUnderAHundred() {
		assertThat(PersonalIdentityNumber.parse("8501012382", TODAY).value()).isEqualTo("198501012382");
		assertThat(PersonalIdentityNumber.parse("000229-2399", TODAY).value()).isEqualTo("200002292399");
	}

	@Test
	void takesTheCenturyFromTheFullDateOfBirth() {
		LocalDate firstOfDecember = LocalDate.of(2026, 12, 1);
		assertThat(PersonalIdentityNumber.parse("261223-9232", firstOfDecember).birthDate())
			.isEqualTo(LocalDate.of(1926, 12, 23));
		assertThat(PersonalIdentityNumber.parse("261123-9233", firstOfDecember).birthDate().getYear()).isEqualTo(2026);
	}

	@Test
	void refusesADateOfBirthInTheFuture() {
		assertThatThrownBy(() -> PersonalIdentityNumber.parse("20991231-2387", LocalDate.of(2026, 12, 1)))
			.isInstanceOf(PersonalIdentityNumber.BornInTheFuture.class);
	}

	@Test
	void readsThePlusSeparatorAsAHundredOrOlder() {
		assertThat(PersonalIdentityNumber.parse("090527+1474", TODAY).value()).isEqualTo("190905271474");
		assertThat(PersonalIdentityNumber.parse("090527-1474", TODAY).value()).isEqualTo("200905271474");
	}

	@Test
	void acceptsCoordinationNumbersWithSixtyAddedToTheDay() {
		var number = PersonalIdentityNumber.parse("19730288-9931", TODAY);
		assertThat(number.isCoordinationNumber()).isTrue();
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1973, 2, 28));
	}

	@ParameterizedTest
	@ValueSource(strings = { "19850101-2383", "19850230-2382", "19851301-1230", "850412", "abcdefghij", "",
			"19850412--1239", "20000101T220" })
	void rejectsWrongCheckDigitsDatesAndForms(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdentityNumber.parse(text, TODAY));
		assertThat(PersonalIdentityNumber.isValid(text)).isFalse();
	}

	@Test
	void rejectsBirthNumberZeroEvenWithAMatchingCheckDigit() {
		assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdentityNumber.parse("19850412-0000", TODAY));
	}

	@ParameterizedTest
	@MethodSource("sharedTestVectors")
	void agreesWithTheSharedTestVectors(String text, boolean valid) {
		assertThat(PersonalIdentityNumber.isValid(text)).as(text).isEqualTo(valid);
	}

	static Stream<Object[]> sharedTestVectors() throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("src/test/resources/personnummer-testdata.json"))) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			return root.get("list").valueStream().flatMap((entry) -> {
				boolean valid = entry.get("valid").asBoolean();
				return List.of("long_format", "separated_format", "separated_long")
					.stream()
					.map((form) -> new Object[] { entry.get(form).asString(), valid });
			}).toList().stream();
		}
	}

	@Test
	void everyOfficialTestNumberIsValid() throws IOException {
		try (Stream<String> lines = Files.lines(Path.of("src/main/resources/reference/testpersonnummer.csv"))) {
			List<String> invalid = lines.filter((line) -> line.matches("\\d{12}"))
				.filter((line) -> !PersonalIdentityNumber.isValid(line))
				.toList();
			assertThat(invalid).isEmpty();
		}
	}

}
