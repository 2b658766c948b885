package se.steget.casework;

import se.steget.project.ScaleView;

/**
 * The step progression on one scale between the first and the latest measurement;
 * positive is progress, whichever way the scale runs.
 */
public record Progression(ScaleView scale, AssessmentView first, AssessmentView latest, int steps) {

	static Progression of(ScaleView scale, AssessmentView first, AssessmentView latest) {
		return new Progression(scale, first, latest, scale.progression(first.score(), latest.score()));
	}

	public boolean measuredOnce() {
		return this.first.id().equals(this.latest.id());
	}

}
