package se.steget.matching;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.steget.core.GenderCounts;

/**
 * One project's work with employers in figures: people placed in internships and hired,
 * per employer and by gender; how many employers came back; how many employers in the
 * project's municipalities were contacted; hires on hidden and on advertised vacancies;
 * and the way from proposal to hire.
 */
public record EmployerFigures(List<EmployerRow> employers, long repeatEmployers, long employersInArea,
		long employersContacted, GenderCounts hiredHidden, GenderCounts hiredAdvertised, GenderCounts proposed,
		GenderCounts interviewed, GenderCounts hired) {

	public EmployerFigures {
		employers = List.copyOf(employers);
	}

	/** The share of the employers in the project's municipalities it has contacted. */
	public Integer contactedPercent() {
		return (this.employersInArea == 0) ? null : Math.round(100f * this.employersContacted / this.employersInArea);
	}

	/**
	 * The figures with what {@link #withheld} names replaced by null, for the API; the
	 * same figures when nothing is withheld.
	 */
	public EmployerFigures masked(int threshold) {
		Withheld w = withheld(threshold);
		List<EmployerRow> rows = this.employers.stream()
			.map((e) -> w.employer(e.employerId()) ? new EmployerRow(e.employerId(), e.name(), null, null) : e)
			.toList();
		return new EmployerFigures(rows, this.repeatEmployers, this.employersInArea, this.employersContacted,
				w.rows().contains(Row.HIRED_HIDDEN) ? null : this.hiredHidden,
				w.rows().contains(Row.HIRED_ADVERTISED) ? null : this.hiredAdvertised,
				w.rows().contains(Row.PROPOSED) ? null : this.proposed,
				w.rows().contains(Row.INTERVIEWED) ? null : this.interviewed,
				w.rows().contains(Row.HIRED) ? null : this.hired);
	}

	/** The funnel's rows, by the names the page shows them under. */
	public enum Row {

		PROPOSED, INTERVIEWED, HIRED, HIRED_HIDDEN, HIRED_ADVERTISED

	}

	/** The row by its name, for the page. */
	public GenderCounts row(String name) {
		return row(Row.valueOf(name));
	}

	public GenderCounts row(Row row) {
		return switch (row) {
			case PROPOSED -> this.proposed;
			case INTERVIEWED -> this.interviewed;
			case HIRED -> this.hired;
			case HIRED_HIDDEN -> this.hiredHidden;
			case HIRED_ADVERTISED -> this.hiredAdvertised;
		};
	}

	/**
	 * What an aggregate view must withhold so that no hidden count can be worked out:
	 * every row with a count under the threshold, and then, wherever a sum is shown with
	 * exactly one of its parts withheld (hired = hidden + advertised; hired = the sum
	 * over employers), one more part, the smallest.
	 */
	public Withheld withheld(int threshold) {
		Set<Row> rows = EnumSet.noneOf(Row.class);
		for (Row row : Row.values()) {
			if (row(row).withheld(threshold)) {
				rows.add(row);
			}
		}
		Set<UUID> employers = new HashSet<>();
		this.employers.stream()
			.filter((e) -> e.placed().withheld(threshold) || e.hired().withheld(threshold))
			.forEach((e) -> employers.add(e.employerId()));
		boolean changed = true;
		while (changed) {
			changed = false;
			List<Row> sum = List.of(Row.HIRED, Row.HIRED_HIDDEN, Row.HIRED_ADVERTISED);
			if (sum.stream().filter(rows::contains).count() == 1) {
				sum.stream()
					.filter((r) -> !rows.contains(r))
					.min(Comparator.comparingLong((Row r) -> row(r).total()))
					.ifPresent(rows::add);
				changed = true;
			}
			List<EmployerRow> hiring = this.employers.stream().filter((e) -> e.hired().total() > 0).toList();
			long parts = (rows.contains(Row.HIRED) ? 1 : 0)
					+ hiring.stream().filter((e) -> employers.contains(e.employerId())).count();
			if (parts == 1) {
				hiring.stream()
					.filter((e) -> !employers.contains(e.employerId()))
					.min(Comparator.comparingLong((EmployerRow e) -> e.hired().total()))
					.ifPresentOrElse((e) -> employers.add(e.employerId()), () -> rows.add(Row.HIRED));
				changed = true;
			}
		}
		return new Withheld(rows, employers);
	}

	/** The funnel rows and employers an aggregate view withholds. */
	public record Withheld(Set<Row> rows, Set<UUID> employers) {

		public boolean row(String name) {
			return this.rows.contains(Row.valueOf(name));
		}

		public boolean employer(UUID id) {
			return this.employers.contains(id);
		}

	}

	/** One employer: the people it took in internships and the people it hired. */
	public record EmployerRow(UUID employerId, String name, GenderCounts placed, GenderCounts hired) {

		public boolean repeat() {
			return this.placed != null && this.placed.total() + this.hired.total() > 1;
		}

	}

}
