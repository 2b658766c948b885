package se.steget.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MunicipalitiesTests {

	@Test
	void shipsAllTwoHundredAndNinetyMunicipalities() {
		assertThat(Municipalities.all()).hasSize(290);
	}

	@Test
	void findsByScbCode() {
		assertThat(Municipalities.find("0880")).hasValueSatisfying((m) -> {
			assertThat(m.name()).isEqualTo("Kalmar");
			assertThat(m.countyCode()).isEqualTo("08");
		});
		assertThat(Municipalities.isKnown("9999")).isFalse();
		assertThat(Municipalities.isKnown(null)).isFalse();
	}

}
