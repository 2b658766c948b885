package se.steget.enrollment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.data.annotation.Id;

/**
 * A pause in the participation (sick leave, parental leave); the end date is the last day
 * of the pause, and null while it goes on.
 */
record Pause(@Id UUID id, LocalDate startDate, LocalDate endDate, PauseReason reason, String note) {

	boolean isOpen() {
		return this.endDate == null;
	}

	Pause endedOn(LocalDate on) {
		return new Pause(this.id, this.startDate, on, this.reason, this.note);
	}

	/** The days of this pause before {@code until} and from {@code from} on. */
	long daysWithin(LocalDate from, LocalDate until) {
		LocalDate first = this.startDate.isAfter(from) ? this.startDate : from;
		LocalDate afterLast = (this.endDate == null || !this.endDate.isBefore(until)) ? until
				: this.endDate.plusDays(1);
		return Math.max(0, ChronoUnit.DAYS.between(first, afterLast));
	}

	boolean overlaps(LocalDate start, LocalDate end) {
		LocalDate last = (this.endDate != null) ? this.endDate : LocalDate.MAX;
		LocalDate otherLast = (end != null) ? end : LocalDate.MAX;
		return !this.startDate.isAfter(otherLast) && !start.isAfter(last);
	}

}
