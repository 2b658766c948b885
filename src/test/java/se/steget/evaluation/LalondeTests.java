package se.steget.evaluation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The estimator against a published answer: the NSW experiment (Dehejia and Wahba's
 * sample of LaLonde's data, see {@code lalonde-nsw.txt}), whose experimental effect on
 * 1978 earnings is 1,794 dollars.
 */
class LalondeTests {

	static final List<String> COVARIATES = List.of("age", "educ", "black", "hisp", "married", "nodegr", "re74", "re75",
			"u74", "u75");

	static List<CSVRecord> people;

	@BeforeAll
	static void read() throws IOException {
		try (Reader in = new InputStreamReader(LalondeTests.class.getResourceAsStream("/evaluation/lalonde-nsw.csv"),
				StandardCharsets.UTF_8)) {
			people = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
	}

	@Test
	void reproducesTheExperimentalDifferenceAndItsInterval() {
		assertThat(people).hasSize(445);
		double[] treated = earnings(true);
		double[] controls = earnings(false);
		assertThat(treated).hasSize(185);
		assertThat(controls).hasSize(260);

		Estimate experiment = Estimate.independent(treated, controls);

		assertThat(experiment.difference()).isCloseTo(1794.34, within(0.01));
		assertThat(experiment.lower()).isCloseTo(474.01, within(0.5));
		assertThat(experiment.upper()).isCloseTo(3114.68, within(0.5));
	}

	@Test
	void aMatchedEstimateLandsWithinTheExperimentalInterval() {
		Estimate experiment = Estimate.independent(earnings(true), earnings(false));
		List<MatchUnit> units = people.stream()
			.map((p) -> new MatchUnit(p.getRecordNumber() + "", "1".equals(p.get("treat")), "all",
					COVARIATES.stream().mapToDouble((c) -> Double.parseDouble(p.get(c))).toArray()))
			.toList();

		PropensityMatching.Result result = PropensityMatching.match(units);
		double[] treated = result.pairs().stream().mapToDouble((pair) -> earnings(pair.treated())).toArray();
		double[] comparison = result.pairs().stream().mapToDouble((pair) -> earnings(pair.comparison())).toArray();
		Estimate matched = Estimate.paired(treated, comparison);

		assertThat(result.pairs().size() + result.unmatched().size()).isEqualTo(185);
		assertThat(result.pairs()).hasSizeGreaterThan(150);
		assertThat(matched.difference()).isBetween(experiment.lower(), experiment.upper());
		assertThat(matched.lower()).isLessThan(matched.difference());
		assertThat(Balance.of(COVARIATES, units, result.pairs()))
			.allSatisfy((row) -> assertThat(row.flagged()).isFalse());
	}

	private static double[] earnings(boolean treated) {
		return people.stream()
			.filter((p) -> "1".equals(p.get("treat")) == treated)
			.mapToDouble((p) -> Double.parseDouble(p.get("re78")))
			.toArray();
	}

	private static double earnings(MatchUnit unit) {
		return Double.parseDouble(people.get(Integer.parseInt(unit.id()) - 1).get("re78"));
	}

}
