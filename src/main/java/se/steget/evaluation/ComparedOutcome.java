package se.steget.evaluation;

import se.steget.outcome.OutcomeGroup;

/** What an effect is measured on: the share in work, in studies, or in either. */
enum ComparedOutcome {

	WORK, STUDIES, WORK_OR_STUDIES;

	boolean counts(OutcomeGroup group) {
		return switch (this) {
			case WORK -> group == OutcomeGroup.WORK;
			case STUDIES -> group == OutcomeGroup.STUDIES;
			case WORK_OR_STUDIES -> group == OutcomeGroup.WORK || group == OutcomeGroup.STUDIES;
		};
	}

}
