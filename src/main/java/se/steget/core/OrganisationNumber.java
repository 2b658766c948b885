package se.steget.core;

/**
 * A Swedish organisation number (organisationsnummer) of a legal person: ten digits
 * NNNNNN-NNNC, the third digit at least 2, and a Luhn check digit. The 12-digit form with
 * the prefix 16 is accepted too.
 */
public record OrganisationNumber(String value) {

	public OrganisationNumber {
		if (value == null || !value.matches("\\d{10}")) {
			throw new IllegalArgumentException("An organisation number has 10 digits: " + value);
		}
		if (value.charAt(2) < '2') {
			throw new IllegalArgumentException("The third digit of an organisation number is at least 2");
		}
		if (!Luhn.isValid(value)) {
			throw new IllegalArgumentException("Wrong check digit");
		}
	}

	public static OrganisationNumber parse(String text) {
		String digits = (text == null) ? "" : text.strip().replace("-", "");
		if (digits.length() == 12 && digits.startsWith("16")) {
			digits = digits.substring(2);
		}
		return new OrganisationNumber(digits);
	}

	/** The number made of nine digits and their check digit, for made-up test data. */
	public static OrganisationNumber withCheckDigit(String nineDigits) {
		return new OrganisationNumber(nineDigits + Luhn.checkDigit(nineDigits));
	}

	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	public String formatted() {
		return value.substring(0, 6) + "-" + value.substring(6);
	}

	@Override
	public String toString() {
		return formatted();
	}

}
