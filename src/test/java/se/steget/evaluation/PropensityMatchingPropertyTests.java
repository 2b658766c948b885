package se.steget.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching never uses a person twice, keeps every pair in one stratum, accounts for every
 * participant, and reports balance after matching from the pairs, never from everyone.
 */
class PropensityMatchingPropertyTests {

	@Property(tries = 200)
	void noOneIsMatchedTwiceAndEveryParticipantIsAccountedFor(@ForAll("people") List<MatchUnit> units) {
		PropensityMatching.Result result = PropensityMatching.match(units);

		Set<MatchUnit> used = new HashSet<>();
		for (PropensityMatching.Pair pair : result.pairs()) {
			assertThat(used.add(pair.treated())).isTrue();
			assertThat(used.add(pair.comparison())).isTrue();
			assertThat(pair.treated().treated()).isTrue();
			assertThat(pair.comparison().treated()).isFalse();
			assertThat(pair.comparison().stratum()).isEqualTo(pair.treated().stratum());
		}
		assertThat(result.unmatched()).allSatisfy((u) -> assertThat(used).doesNotContain(u));
		assertThat(result.pairs().size() + result.unmatched().size())
			.isEqualTo((int) units.stream().filter(MatchUnit::treated).count());
	}

	@Property(tries = 200)
	void balanceAfterMatchingIsComputedOnThePairs(@ForAll("people") List<MatchUnit> units) {
		PropensityMatching.Result result = PropensityMatching.match(units);

		List<Balance> balance = Balance.of(List.of("a", "b"), units, result.pairs());

		for (int j = 0; j < 2; j++) {
			int column = j;
			double treatedBefore = units.stream()
				.filter(MatchUnit::treated)
				.mapToDouble((u) -> u.covariates()[column])
				.average()
				.orElseThrow();
			assertThat(balance.get(j).treatedMeanBefore()).isCloseTo(treatedBefore,
					org.assertj.core.api.Assertions.within(1e-9));
			if (result.pairs().isEmpty()) {
				assertThat(balance.get(j).treatedMeanAfter()).isNaN();
				continue;
			}
			double treatedAfter = result.pairs()
				.stream()
				.mapToDouble((p) -> p.treated().covariates()[column])
				.average()
				.orElseThrow();
			double comparisonAfter = result.pairs()
				.stream()
				.mapToDouble((p) -> p.comparison().covariates()[column])
				.average()
				.orElseThrow();
			assertThat(balance.get(j).treatedMeanAfter()).isCloseTo(treatedAfter,
					org.assertj.core.api.Assertions.within(1e-9));
			assertThat(balance.get(j).comparisonMeanAfter()).isCloseTo(comparisonAfter,
					org.assertj.core.api.Assertions.within(1e-9));
		}
	}

	@Provide
	Arbitrary<List<MatchUnit>> people() {
		Arbitrary<MatchUnit> unit = Combinators
			.combine(Arbitraries.strings().numeric().ofLength(6), Arbitraries.of(true, false),
					Arbitraries.of("2025-H1", "2025-H2", "2026-H1"), Arbitraries.integers().between(0, 10),
					Arbitraries.integers().between(0, 1))
			.as((id, treated, stratum, a, b) -> new MatchUnit(id, treated, stratum, new double[] { a, b }));
		Arbitrary<MatchUnit> treated = unit.map((u) -> new MatchUnit(u.id(), true, u.stratum(), u.covariates()));
		Arbitrary<MatchUnit> comparison = unit.map((u) -> new MatchUnit(u.id(), false, u.stratum(), u.covariates()));
		return Combinators
			.combine(treated.list().ofMinSize(2).ofMaxSize(10), comparison.list().ofMinSize(2).ofMaxSize(10),
					unit.list().ofMaxSize(40))
			.as((t, c, rest) -> {
				var all = new java.util.ArrayList<MatchUnit>(t);
				all.addAll(c);
				all.addAll(rest);
				return List.copyOf(all);
			});
	}

}
