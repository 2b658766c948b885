package se.steget.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The goal report as of one day, for the projects and the municipality chosen.
 *
 * @param threshold counts under it are hidden
 * @param acrossProjects what those who left all the projects shown did, when there are
 * several
 * @param projectsToChooseFrom how many projects the user sees when they are too many to
 * report at once and none was chosen; otherwise 0
 */
public record GoalReportView(LocalDate asOf, Breakdown breakdown, String municipalityCode, int threshold,
		ProjectGoals acrossProjects, List<ProjectGoals> projects, int projectsToChooseFrom) {

}
