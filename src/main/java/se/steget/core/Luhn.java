package se.steget.core;

/**
 * The Luhn (2-1-2-1...) check digit used in Swedish personal identity and organisation
 * numbers.
 */
final class Luhn {

	private Luhn() {
	}

	static int checkDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += product > 9 ? product - 9 : product;
		}
		return (10 - sum % 10) % 10;
	}

	static boolean isValid(String digitsWithCheck) {
		int last = digitsWithCheck.length() - 1;
		return checkDigit(digitsWithCheck.substring(0, last)) == digitsWithCheck.charAt(last) - '0';
	}

}
