package se.steget.matching;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import se.steget.employer.VacancyManagement;
import se.steget.employer.VacancyView;

/**
 * The open vacancies in memory, for ranking a hundred thousand of them for one person in
 * milliseconds. Before each use it reads the vacancies changed since the latest change it
 * has seen, and those changed in the five minutes before its previous read (a transaction
 * still open then may have committed since), so it follows every change made on any
 * instance without a message between them.
 */
@Component
class OpenVacancies {

	/** Changes are read again this far back, for transactions that committed late. */
	static final long MARGIN_MINUTES = 5;

	private final VacancyManagement vacancies;

	private final Map<UUID, Indexed> open = new ConcurrentHashMap<>();

	private LocalDateTime latestSeen;

	private LocalDateTime previousRead;

	private final Clock clock;

	OpenVacancies(VacancyManagement vacancies, Clock clock) {
		this.vacancies = vacancies;
		this.clock = clock;
	}

	/**
	 * What to read again: everything after the latest change seen, and everything a
	 * transaction still open at the previous read could have changed.
	 */
	private static LocalDateTime earlier(LocalDateTime latestSeen, LocalDateTime previousRead) {
		LocalDateTime late = previousRead.minusMinutes(MARGIN_MINUTES);
		return late.isBefore(latestSeen) ? late : latestSeen;
	}

	/**
	 * An open vacancy with what matching needs of it worked out once: its opening and the
	 * most its requirements can give.
	 */
	record Indexed(VacancyView vacancy, Opening opening, int requirementsCeiling) {

		static Indexed of(VacancyView vacancy) {
			Opening opening = MatchingManagement.opening(vacancy);
			return new Indexed(vacancy, opening, Scoring.requirementsCeiling(opening));
		}

	}

	/** The open vacancies as of now. */
	synchronized Collection<Indexed> current() {
		LocalDateTime now = LocalDateTime.now(this.clock);
		LocalDateTime after = (this.latestSeen == null) ? null : earlier(this.latestSeen, this.previousRead);
		this.previousRead = now;
		for (VacancyView vacancy : this.vacancies.changedAfter(after)) {
			if (vacancy.open()) {
				this.open.put(vacancy.id(), Indexed.of(vacancy));
			}
			else {
				this.open.remove(vacancy.id());
			}
			if (this.latestSeen == null || vacancy.changedAt().isAfter(this.latestSeen)) {
				this.latestSeen = vacancy.changedAt();
			}
		}
		return Collections.unmodifiableCollection(this.open.values());
	}

}
