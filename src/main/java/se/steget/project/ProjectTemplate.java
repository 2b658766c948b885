package se.steget.project;

import java.util.List;

/**
 * A ready project model that a manager copies when creating a project: its tracks and
 * phases with their time rules.
 *
 * @param key the template's name in forms and the API
 * @param intakeSteps the names of the intake steps in order
 * @param tracks the tracks in order; each names the tracks that may follow it
 * @param priorityGroups the priority groups the project description names
 * @param scales the assessment scales the project measures progress on
 */
public record ProjectTemplate(String key, String name, int warningDays, boolean pausesStopCounters,
		List<String> intakeSteps, List<TemplateTrack> tracks, List<PriorityGroupForm> priorityGroups,
		List<ScaleForm> scales) {

	/**
	 * A track of a template.
	 *
	 * @param next the names of the tracks that may follow
	 */
	public record TemplateTrack(String name, String description, Integer maxDays, Integer minDaysBeforeEntry,
			boolean firstTrack, List<String> next) {

	}

}
