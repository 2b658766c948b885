package se.steget.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.steget.access.AccessScope;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.DropoutReason;
import se.steget.outcome.FollowUpPoint;
import se.steget.outcome.OutcomeForm;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.outcome.OutcomeSource;

/**
 * The demo's outcomes: what most participants did upon leaving, and the follow-ups done
 * so far, some of them left undone so that the follow-up lists have something in them.
 */
@Component
class DemoOutcomes {

	private final OutcomeManagement outcomes;

	private final Clock clock;

	DemoOutcomes(OutcomeManagement outcomes, Clock clock) {
		this.outcomes = outcomes;
		this.clock = clock;
	}

	void record(UUID projectId, UUID enrollmentId, LocalDate exitDate, ExitReason reason, UUID staff,
			AccessScope manager, Random random) {
		if (random.nextInt(10) == 0) {
			return;
		}
		OutcomeKind upon = uponLeaving(reason, random);
		var form = new OutcomeForm(null, exitDate, upon, OutcomeSource.PARTICIPANT);
		if (reason == ExitReason.DROPOUT) {
			form.setDropoutReason(DropoutReason.values()[random.nextInt(DropoutReason.values().length)]);
		}
		if (upon.isWork()) {
			form.setFullTime(random.nextInt(3) > 0);
			form.setSubsidised(random.nextInt(3) == 0);
		}
		this.outcomes.record(enrollmentId, form, staff, manager);
		LocalDate today = LocalDate.now(this.clock);
		for (FollowUpPoint point : this.outcomes.followUpPoints(projectId)) {
			LocalDate due = exitDate.plusDays(point.daysAfterExit());
			if (!due.plusDays(3).isAfter(today) && random.nextInt(10) < 7) {
				OutcomeKind later = (random.nextInt(10) < 7) ? upon : uponLeaving(ExitReason.COMPLETED, random);
				this.outcomes.record(enrollmentId,
						new OutcomeForm(point.id(), due.plusDays(random.nextInt(4)), later, OutcomeSource.PHONE_CALL),
						staff, manager);
			}
		}
	}

	private static OutcomeKind uponLeaving(ExitReason reason, Random random) {
		return switch (reason) {
			case EMPLOYMENT -> (random.nextInt(10) == 0) ? OutcomeKind.SELF_EMPLOYMENT : OutcomeKind.EMPLOYMENT;
			case STUDIES -> OutcomeKind.REGULAR_STUDIES;
			case LABOUR_MARKET_TRAINING -> OutcomeKind.LABOUR_MARKET_TRAINING;
			case OTHER_PROGRAMME -> OutcomeKind.JOB_TRACK;
			case COMPLETED -> (random.nextBoolean()) ? OutcomeKind.CLOSER_TO_LABOUR_MARKET : OutcomeKind.JOB_SEARCHING;
			case SICK_OR_PARENTAL_LEAVE -> OutcomeKind.SICK_OR_PARENTAL_LEAVE;
			case MOVED -> OutcomeKind.MOVED;
			default -> OutcomeKind.OTHER;
		};
	}

}
