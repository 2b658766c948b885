package se.steget.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrganisationNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "202100-2114", "2021002114", "16202100-2114", "162021002114" })
	void acceptsTheWrittenForms(String text) {
		assertThat(OrganisationNumber.parse(text).value()).isEqualTo("2021002114");
		assertThat(OrganisationNumber.parse(text).formatted()).isEqualTo("202100-2114");
	}

	@ParameterizedTest
	@ValueSource(strings = { "202100-2115", "556016-0681", "850412-1239", "20210021", "abcdefghij", "" })
	void rejectsWrongCheckDigitsPersonalNumbersAndForms(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.parse(text));
		assertThat(OrganisationNumber.isValid(text)).isFalse();
	}

	@Test
	void acceptsACompanyNumber() {
		assertThat(OrganisationNumber.isValid("556016-0680")).isTrue();
	}

}
