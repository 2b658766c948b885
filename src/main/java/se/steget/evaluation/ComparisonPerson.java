package se.steget.evaluation;

import java.time.YearMonth;

import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.outcome.OutcomeGroup;

/**
 * A registered job seeker in a project's comparison group, as a file gives them: their
 * personal identity number (made a pseudonym on the way in, never stored), their
 * situation in the month of their reference start, and what they were doing 90 days, six
 * months and twelve months after it (null where not known).
 */
public record ComparisonPerson(String personalIdentityNumber, Gender gender, int birthYear,
		EducationLevel educationLevel, BirthRegion birthRegion, Boolean disability, int monthsRegistered,
		String municipalityCode, YearMonth referenceMonth, OutcomeGroup after90Days, OutcomeGroup after182Days,
		OutcomeGroup after365Days) {

}
