package se.steget.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.outcome.EsfResult;
import se.steget.outcome.Observation;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeRules;

/**
 * The ESF+ common indicators for participants (Regulation (EU) 2021/1057, Annex I): their
 * situation on entry, their result upon leaving and six months after. Those Steget does
 * not collect are listed as such rather than guessed.
 */
public enum EsfIndicator {

	PARTICIPANTS(Section.ON_ENTRY, (c) -> true), UNEMPLOYED(Section.ON_ENTRY, EsfIndicator::unemployed),
	LONG_TERM_UNEMPLOYED(Section.ON_ENTRY, EsfIndicator::longTermUnemployed), INACTIVE(Section.ON_ENTRY, null),
	EMPLOYED(Section.ON_ENTRY, null),
	EMPLOYMENT_STATUS_UNKNOWN(Section.ON_ENTRY, (c) -> c.person().monthsUnemployed() == null),
	UNDER_18(Section.ON_ENTRY, (c) -> c.person().ageAtStart() < 18),
	FROM_18_TO_29(Section.ON_ENTRY, (c) -> c.person().ageAtStart() >= 18 && c.person().ageAtStart() <= 29),
	FROM_55(Section.ON_ENTRY, (c) -> c.person().ageAtStart() >= 55),
	ISCED_0_2(Section.ON_ENTRY, (c) -> c.person().educationLevel() == EducationLevel.PRE_UPPER_SECONDARY),
	ISCED_3_4(Section.ON_ENTRY, (c) -> c.person().educationLevel() == EducationLevel.UPPER_SECONDARY),
	ISCED_5_8(Section.ON_ENTRY, (c) -> c.person().educationLevel() == EducationLevel.POST_SECONDARY),
	EDUCATION_UNKNOWN(Section.ON_ENTRY, (c) -> c.person().educationLevel() == null),
	DISABILITY(Section.ON_ENTRY, (c) -> Boolean.TRUE.equals(c.person().disability())),
	FOREIGN_BACKGROUND(Section.ON_ENTRY,
			(c) -> c.person().birthRegion() != null && c.person().birthRegion() != BirthRegion.SWEDEN),
	BACKGROUND_UNKNOWN(Section.ON_ENTRY, (c) -> c.person().birthRegion() == null),
	THIRD_COUNTRY_NATIONALS(Section.ON_ENTRY, null), MINORITIES(Section.ON_ENTRY, null),
	HOMELESS(Section.ON_ENTRY, null), RURAL_AREAS(Section.ON_ENTRY, null),

	LEFT(Section.UPON_LEAVING, (c) -> true),
	JOB_SEARCHING_UPON_LEAVING(Section.UPON_LEAVING, (c) -> c.uponLeaving() == EsfResult.JOB_SEARCHING),
	IN_EDUCATION_UPON_LEAVING(Section.UPON_LEAVING, (c) -> c.uponLeaving() == EsfResult.IN_EDUCATION_OR_TRAINING),
	QUALIFICATION_UPON_LEAVING(Section.UPON_LEAVING, null),
	IN_EMPLOYMENT_UPON_LEAVING(Section.UPON_LEAVING, (c) -> c.uponLeaving() == EsfResult.IN_EMPLOYMENT),

	LEFT_SIX_MONTHS_AGO(Section.SIX_MONTHS_AFTER, (c) -> true),
	IN_EMPLOYMENT_SIX_MONTHS_AFTER(Section.SIX_MONTHS_AFTER, (c) -> c.sixMonthsAfter() == EsfResult.IN_EMPLOYMENT),
	IMPROVED_SITUATION_SIX_MONTHS_AFTER(Section.SIX_MONTHS_AFTER, null);

	/** When the indicator is measured. */
	public enum Section {

		ON_ENTRY, UPON_LEAVING, SIX_MONTHS_AFTER

	}

	private final Section section;

	private final Predicate<Case> test;

	EsfIndicator(Section section, Predicate<Case> test) {
		this.section = section;
		this.test = test;
	}

	public Section section() {
		return this.section;
	}

	/** Whether Steget collects what the indicator needs. */
	public boolean collected() {
		return this.test != null;
	}

	boolean counts(Case person) {
		return this.test != null && this.test.test(person);
	}

	/**
	 * Unemployed: registered as unemployed for some time at the start. Long-term: 12
	 * months or more, six for those under 25.
	 */
	private static boolean unemployed(Case c) {
		Integer months = c.person().monthsUnemployed();
		return months != null && months > 0;
	}

	private static boolean longTermUnemployed(Case c) {
		Integer months = c.person().monthsUnemployed();
		return months != null && months >= ((c.person().ageAtStart() < 25) ? 6 : 12);
	}

	/**
	 * A starter with the ESF+ results that apply as of the day: upon leaving once the
	 * four weeks have passed, six months after once that day has come.
	 */
	record Case(Starter person, EsfResult uponLeaving, EsfResult sixMonthsAfter) {

		static Case of(Starter person, List<Observation> observations, Integer sixMonthDays, LocalDate today) {
			LocalDate exit = person.exitDate();
			EsfResult upon = (exit != null && exit.plusDays(OutcomeRules.UPON_LEAVING_DAYS).isBefore(today))
					? OutcomeRules.esfResultUponLeaving(exit, observations) : null;
			EsfResult six = null;
			if (exit != null && sixMonthDays != null && !exit.plusDays(sixMonthDays).isAfter(today)) {
				six = OutcomeRules.atFollowUp(sixMonthDays, observations)
					.map(OutcomeKind::esfResult)
					.orElse(EsfResult.NONE);
			}
			return new Case(person, upon, six);
		}

		boolean in(Section section) {
			return switch (section) {
				case ON_ENTRY -> true;
				case UPON_LEAVING -> this.uponLeaving != null;
				case SIX_MONTHS_AFTER -> this.sixMonthsAfter != null;
			};
		}

	}

}
