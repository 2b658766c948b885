package se.steget.enrollment;

import java.util.List;

import se.steget.core.GenderCounts;
import se.steget.project.PriorityGroupView;

/**
 * A project's recruited participants (past intake) by gender, and how many of them come
 * from each priority group.
 */
public record Recruitment(GenderCounts recruited, List<GroupCount> groups) {

	/**
	 * One priority group's recruited participants by gender.
	 */
	public record GroupCount(PriorityGroupView group, GenderCounts counts) {

	}

	/** The share of all recruited, in whole per cent. */
	public long percentOf(GenderCounts part) {
		return (this.recruited.total() == 0) ? 0 : Math.round(100.0 * part.total() / this.recruited.total());
	}

}
