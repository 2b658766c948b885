package se.steget.reporting;

/**
 * The ESF+ age bands at the start.
 */
public enum AgeBand {

	UNDER_18, FROM_18_TO_29, FROM_30_TO_54, FROM_55;

	static AgeBand of(int age) {
		if (age < 18) {
			return UNDER_18;
		}
		if (age < 30) {
			return FROM_18_TO_29;
		}
		return (age < 55) ? FROM_30_TO_54 : FROM_55;
	}

}
