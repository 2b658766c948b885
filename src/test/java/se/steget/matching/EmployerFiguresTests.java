package se.steget.matching;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.steget.core.GenderCounts;
import se.steget.matching.EmployerFigures.EmployerRow;
import se.steget.matching.EmployerFigures.Row;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the employer figures withhold from aggregate roles: no hidden count can be worked
 * out from a total and the other parts.
 */
class EmployerFiguresTests {

	private static final UUID A = UUID.randomUUID();

	private static final UUID B = UUID.randomUUID();

	private static final UUID C = UUID.randomUUID();

	private static GenderCounts counts(long women, long men) {
		return new GenderCounts(women, men, 0);
	}

	private static EmployerFigures figures(GenderCounts hidden, GenderCounts advertised, EmployerRow... rows) {
		GenderCounts hired = hidden.plus(advertised);
		return new EmployerFigures(List.of(rows), 0, 10, 4, hidden, advertised, counts(40, 40), counts(20, 20), hired);
	}

	@Test
	void nothingIsWithheldFromThoseWhoSeeEveryFigure() {
		EmployerFigures f = figures(counts(2, 6), counts(10, 10), new EmployerRow(A, "A", counts(1, 0), counts(2, 6)),
				new EmployerRow(B, "B", counts(0, 0), counts(10, 10)));
		EmployerFigures.Withheld w = f.withheld(1);
		assertThat(w.rows()).isEmpty();
		assertThat(w.employers()).isEmpty();
		assertThat(f.masked(1)).isEqualTo(f);
	}

	@Test
	void aSmallCountHidesItsRowAndOneMorePartOfEverySumItIsIn() {
		EmployerFigures f = figures(counts(2, 6), counts(10, 10), new EmployerRow(A, "A", counts(0, 0), counts(2, 6)),
				new EmployerRow(B, "B", counts(0, 0), counts(5, 5)),
				new EmployerRow(C, "C", counts(0, 0), counts(5, 5)));
		EmployerFigures.Withheld w = f.withheld(5);

		assertThat(w.row("HIRED_HIDDEN")).isTrue();
		assertThat(w.rows()).as("hired = hidden + advertised: a second part goes").hasSizeGreaterThanOrEqualTo(2);
		assertThat(w.employer(A)).isTrue();
		assertThat(w.employers().size() + (w.row("HIRED") ? 1 : 0))
			.as("hired = the sum over employers: a second part goes")
			.isGreaterThanOrEqualTo(2);
		assertThat(w.row("PROPOSED")).isFalse();
	}

	@Test
	void theApiGetsNullWhereThePageShowsADot() {
		EmployerFigures f = figures(counts(2, 6), counts(10, 10), new EmployerRow(A, "A", counts(3, 0), counts(2, 6)),
				new EmployerRow(B, "B", counts(0, 0), counts(10, 10)));
		EmployerFigures masked = f.masked(5);
		assertThat(masked.hiredHidden()).isNull();
		assertThat(masked.employers()).filteredOn((r) -> r.employerId().equals(A))
			.allSatisfy((r) -> assertThat(r.hired()).isNull());
		assertThat(masked.proposed()).isEqualTo(f.proposed());
		assertThat(f.row(Row.HIRED)).isEqualTo(counts(12, 16));
	}

}
