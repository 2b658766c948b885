package se.steget.imports;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;

class ImportValuesTests {

	@Test
	void readsGenderAsSpreadsheetsHaveIt() {
		assertThat(ImportValues.gender("K")).contains(Gender.WOMAN);
		assertThat(ImportValues.gender(" kvinna ")).contains(Gender.WOMAN);
		assertThat(ImportValues.gender("Man")).contains(Gender.MAN);
		assertThat(ImportValues.gender("m")).contains(Gender.MAN);
		assertThat(ImportValues.gender("Icke-binär")).contains(Gender.NON_BINARY);
		assertThat(ImportValues.gender("WOMAN")).contains(Gender.WOMAN);
		assertThat(ImportValues.gender("q")).isEmpty();
	}

	@Test
	void readsHoursWithADecimalCommaOrPoint() {
		assertThat(ImportValues.decimal("7,5")).contains(new java.math.BigDecimal("7.5"));
		assertThat(ImportValues.decimal(" 3.25 ")).contains(new java.math.BigDecimal("3.25"));
		assertThat(ImportValues.decimal("8")).contains(new java.math.BigDecimal("8"));
		assertThat(ImportValues.decimal("7,555")).isEmpty();
		assertThat(ImportValues.decimal("1 000")).isEmpty();
		assertThat(ImportValues.decimal("-2")).isEmpty();
		assertThat(ImportValues.decimal("")).isEmpty();
	}

	@Test
	void readsTimesOfDayWithAColonOrAPoint() {
		assertThat(ImportValues.time("9:30")).contains(java.time.LocalTime.of(9, 30));
		assertThat(ImportValues.time(" 09.05 ")).contains(java.time.LocalTime.of(9, 5));
		assertThat(ImportValues.time("23:59")).contains(java.time.LocalTime.of(23, 59));
		assertThat(ImportValues.time("24:00")).isEmpty();
		assertThat(ImportValues.time("12:60")).isEmpty();
		assertThat(ImportValues.time("1030")).isEmpty();
		assertThat(ImportValues.time("halv tio")).isEmpty();
	}

	@Test
	void readsDatesOnlyWhereTheyCannotBeMisread() {
		LocalDate march = LocalDate.of(2024, 3, 15);
		assertThat(ImportValues.date("2024-03-15")).contains(march);
		assertThat(ImportValues.date("20240315")).contains(march);
		assertThat(ImportValues.date("15/03/2024")).contains(march);
		assertThat(ImportValues.date("15.3.2024")).contains(march);
		assertThat(ImportValues.date("03/04/2024")).as("the 3rd of April or the 4th of March").isEmpty();
		assertThat(ImportValues.date("04/04/2024")).contains(LocalDate.of(2024, 4, 4));
		assertThat(ImportValues.date("2024-02-30")).isEmpty();
		assertThat(ImportValues.date("igår")).isEmpty();
	}

	@Test
	void readsAMunicipalityByCodeOrName() {
		assertThat(ImportValues.municipality("0880")).contains("0880");
		assertThat(ImportValues.municipality("880")).contains("0880");
		assertThat(ImportValues.municipality("Kalmar")).contains("0880");
		assertThat(ImportValues.municipality("kalmar kommun")).contains("0880");
		assertThat(ImportValues.municipality("Malmö")).contains("1280");
		assertThat(ImportValues.municipality("9999")).isEmpty();
		assertThat(ImportValues.municipality("Atlantis")).isEmpty();
	}

	@Test
	void readsYesAndNo() {
		assertThat(ImportValues.yesNo("Ja")).contains(true);
		assertThat(ImportValues.yesNo("x")).contains(true);
		assertThat(ImportValues.yesNo("no")).contains(false);
		assertThat(ImportValues.yesNo("0")).contains(false);
		assertThat(ImportValues.yesNo("kanske")).isEmpty();
	}

}
