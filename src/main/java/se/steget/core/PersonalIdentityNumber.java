package se.steget.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personal identity number (personnummer) or coordination number
 * (samordningsnummer), held in its 12-digit form YYYYMMDDNNNC.
 * <p>
 * Accepts YYMMDD-NNNC, YYMMDD+NNNC (the person is 100 or older), YYMMDDNNNC, YYYYMMDDNNNC
 * and YYYYMMDD-NNNC. A coordination number adds 60 to the day of birth.
 */
public record PersonalIdentityNumber(String value) {

	private static final Pattern FORM = Pattern.compile("(\\d{2})?(\\d{6})([-+]?)(\\d{4})");

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	public PersonalIdentityNumber {
		if (value == null || !value.matches("\\d{12}")) {
			throw new IllegalArgumentException("A personal identity number has 12 digits: " + value);
		}
		if (!Luhn.isValid(value.substring(2))) {
			throw new IllegalArgumentException("Wrong check digit");
		}
		if (value.substring(8, 11).equals("000")) {
			throw new IllegalArgumentException("Birth number 000 is not used");
		}
		birthDate(value);
	}

	public static PersonalIdentityNumber parse(String text) {
		return parse(text, LocalDate.now(STOCKHOLM));
	}

	/**
	 * Parses the number as written; a 10-digit form gets its century from {@code today}.
	 * @throws IllegalArgumentException if the text is not a valid number
	 */
	public static PersonalIdentityNumber parse(String text, LocalDate today) {
		Matcher m = FORM.matcher(text == null ? "" : text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("Not a personal identity number: " + text);
		}
		String yymmdd = m.group(2);
		String century = (m.group(1) != null) ? m.group(1) : century(yymmdd, m.group(3).equals("+"), today);
		var number = new PersonalIdentityNumber(century + yymmdd + m.group(4));
		if (number.birthDate().isAfter(today)) {
			throw new BornInTheFuture();
		}
		return number;
	}

	/**
	 * The personal identity number, or the coordination number, of the person born on
	 * that day with that birth number (1 to 999), its check digit computed: for generated
	 * data.
	 */
	public static PersonalIdentityNumber of(LocalDate born, int birthNumber, boolean coordination) {
		String digits = String.format("%04d%02d%02d%03d", born.getYear(), born.getMonthValue(),
				born.getDayOfMonth() + (coordination ? 60 : 0), birthNumber);
		return new PersonalIdentityNumber(digits + Luhn.checkDigit(digits.substring(2)));
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

	/**
	 * The century of a 10-digit form: the person was born on the latest such date that is
	 * not after today (the full date counts, not just the year), and a {@code +} adds a
	 * hundred years.
	 */
	private static String century(String yymmdd, boolean hundredOrOlder, LocalDate today) {
		int yy = Integer.parseInt(yymmdd.substring(0, 2));
		int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
		if (year == today.getYear() && bornAfter(year, yymmdd, today)) {
			year -= 100;
		}
		if (hundredOrOlder) {
			year -= 100;
		}
		return String.valueOf(year / 100);
	}

	private static boolean bornAfter(int year, String yymmdd, LocalDate today) {
		int month = Integer.parseInt(yymmdd.substring(2, 4));
		int day = Integer.parseInt(yymmdd.substring(4, 6));
		try {
			return LocalDate.of(year, month, day > 60 ? day - 60 : day).isAfter(today);
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static LocalDate birthDate(String twelveDigits) {
		int year = Integer.parseInt(twelveDigits.substring(0, 4));
		int month = Integer.parseInt(twelveDigits.substring(4, 6));
		int day = Integer.parseInt(twelveDigits.substring(6, 8));
		try {
			return LocalDate.of(year, month, day > 60 ? day - 60 : day);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("No such date of birth", ex);
		}
	}

	public LocalDate birthDate() {
		return birthDate(value);
	}

	public boolean isCoordinationNumber() {
		return Integer.parseInt(value.substring(6, 8)) > 60;
	}

	/** The long written form, YYYYMMDD-NNNC. */
	public String formatted() {
		return value.substring(0, 8) + "-" + value.substring(8);
	}

	@Override
	public String toString() {
		return formatted();
	}

	/** A number whose date of birth has not come yet: no one can have it. */
	public static final class BornInTheFuture extends IllegalArgumentException {

		BornInTheFuture() {
			super("The date of birth is in the future");
		}

	}

}
