package se.steget.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.steget.core.PersonalIdentityNumber;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedNumbersTests {

	@Test
	void rowsThatShareANumberInAnyFormEachNameTheOthers() {
		var numbers = new RepeatedNumbers();
		numbers.add(2, "19811218-9876");
		numbers.add(3, "198112189876");
		numbers.add(4, "121212-1212");
		numbers.add(5, "not a number");
		numbers.add(6, "8112189876");
		numbers.add(7, "not a number");
		Map<Integer, List<Integer>> repeats = numbers.repeats();
		assertThat(repeats).containsOnlyKeys(2, 3, 6);
		assertThat(repeats.get(2)).containsExactly(3, 6);
		assertThat(repeats.get(6)).containsExactly(2, 3);
	}

	@Test
	void aMillionDifferentNumbersRepeatNothingAndOneCopyIsFound() {
		var numbers = new RepeatedNumbers();
		for (int i = 0; i < 1_000_000; i++) {
			numbers.add(i + 2, number(i));
		}
		assertThat(numbers.repeats()).isEmpty();
		numbers.add(1_000_002, number(424_242));
		assertThat(numbers.repeats()).containsOnlyKeys(424_244, 1_000_002);
	}

	private static String number(int i) {
		return PersonalIdentityNumber.of(LocalDate.of(1930, 1, 1).plusDays(i / 999), i % 999 + 1, true).value();
	}

}
