package se.steget.enrollment;

import java.util.List;
import java.util.UUID;

import se.steget.core.GenderCounts;
import se.steget.core.GenderTable;
import se.steget.core.ShownCounts;

/**
 * How many people a project has enrolled, in intake, active and exited, each by gender.
 */
public record ProjectFigures(UUID projectId, String projectName, GenderCounts enrolled, GenderCounts intake,
		GenderCounts active, GenderCounts exited) {

	ProjectFigures(UUID projectId, String projectName) {
		this(projectId, projectName, GenderCounts.ZERO, GenderCounts.ZERO, GenderCounts.ZERO, GenderCounts.ZERO);
	}

	ProjectFigures plus(EnrollmentStatus status, se.steget.core.Gender gender, long count) {
		return new ProjectFigures(this.projectId, this.projectName, this.enrolled.plus(gender, count),
				(status == EnrollmentStatus.INTAKE) ? this.intake.plus(gender, count) : this.intake,
				(status == EnrollmentStatus.ACTIVE) ? this.active.plus(gender, count) : this.active,
				(status == EnrollmentStatus.EXITED) ? this.exited.plus(gender, count) : this.exited);
	}

	/**
	 * The four counts as an aggregate view shows them, enrolled first: the three statuses
	 * add up to the enrolled, so a small count is covered in its gender's column too.
	 */
	public List<ShownCounts> shown(int threshold) {
		return GenderTable.split(this.enrolled, List.of(this.intake, this.active, this.exited), threshold);
	}

}
