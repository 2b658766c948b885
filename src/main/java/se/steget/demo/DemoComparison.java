package se.steget.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;

import se.steget.access.AccessScope;
import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.PersonalIdentityNumber;
import se.steget.evaluation.ComparisonGroupManagement;
import se.steget.evaluation.ComparisonPerson;
import se.steget.outcome.OutcomeGroup;

/**
 * A made-up comparison group for the demo's OPIS: registered job seekers like its
 * participants at start, a little less often in work or studies afterwards, so that the
 * comparison page has pairs, a balance table and an effect to show.
 */
final class DemoComparison {

	private static final int SIZE = 300;

	private DemoComparison() {
	}

	static void record(ComparisonGroupManagement groups, UUID projectId, DemoProject seed, DemoPeople people,
			AccessScope manager, Random random, LocalDate today) {
		LocalDate last = (seed.periodEnd().isBefore(today) ? seed.periodEnd() : today).minusDays(30);
		long span = Math.max(1, ChronoUnit.DAYS.between(seed.periodStart(), last));
		for (int i = 0; i < SIZE; i++) {
			String number = people.nextNumber();
			boolean woman = (number.charAt(10) - '0') % 2 == 0;
			LocalDate reference = seed.periodStart().plusDays(random.nextLong(span));
			groups.record(projectId, new ComparisonPerson(number, woman ? Gender.WOMAN : Gender.MAN,
					PersonalIdentityNumber.parse(number).birthDate().getYear(),
					EducationLevel.values()[random.nextInt(EducationLevel.values().length)],
					BirthRegion.values()[random.nextInt(BirthRegion.values().length)], random.nextInt(5) == 0,
					6 + random.nextInt(66), null, YearMonth.from(reference), outcome(reference, 90, today, random),
					outcome(reference, 182, today, random), outcome(reference, 365, today, random)), manager);
		}
	}

	private static OutcomeGroup outcome(LocalDate reference, int days, LocalDate today, Random random) {
		if (reference.plusDays(days).isAfter(today) || random.nextInt(10) == 0) {
			return null;
		}
		int draw = random.nextInt(100);
		return (draw < 28) ? OutcomeGroup.WORK : (draw < 38) ? OutcomeGroup.STUDIES : OutcomeGroup.OTHER;
	}

}
