package se.steget.imports;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

import se.steget.core.Gender;
import se.steget.core.PersonalIdentityNumber;
import se.steget.core.Municipalities;
import se.steget.core.Municipality;

/**
 * Values in the forms people already have them in spreadsheets: gender as K, M, kvinna,
 * man (or in English); dates as yyyy-mm-dd, yyyymmdd or dd/mm/yyyy; a municipality by its
 * code or its name; yes and no in either language or as 1, 0 and x. Each method returns
 * empty for a value it cannot read, and blank for a blank cell is the caller's affair.
 */
final class ImportValues {

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

	private static final Map<String, Gender> GENDERS = Map.ofEntries(Map.entry("k", Gender.WOMAN),
			Map.entry("kvinna", Gender.WOMAN), Map.entry("w", Gender.WOMAN), Map.entry("woman", Gender.WOMAN),
			Map.entry("f", Gender.WOMAN), Map.entry("female", Gender.WOMAN), Map.entry("m", Gender.MAN),
			Map.entry("man", Gender.MAN), Map.entry("male", Gender.MAN), Map.entry("ickebinar", Gender.NON_BINARY),
			Map.entry("nonbinary", Gender.NON_BINARY), Map.entry("ejangivet", Gender.NOT_STATED),
			Map.entry("notstated", Gender.NOT_STATED));

	private static final Map<String, Boolean> YES_NO = Map.of("ja", true, "j", true, "yes", true, "y", true, "1", true,
			"x", true, "nej", false, "n", false, "no", false, "0", false);

	private ImportValues() {
	}

	/**
	 * The text as it is compared: lower case, without accents, spaces, dashes or dots.
	 */
	static String key(String text) {
		String plain = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return plain.replaceAll("\\p{M}", "").replaceAll("[\\s_.\\-/()]", "");
	}

	static Optional<Gender> gender(String text) {
		String key = key(text);
		return Optional.ofNullable(GENDERS.get(key)).or(() -> enumNamed(Gender.class, key));
	}

	static Optional<Boolean> yesNo(String text) {
		String key = key(text);
		return Optional.ofNullable(YES_NO.get(key)).or(() -> Optional.ofNullable(switch (key) {
			case "true", "sant" -> Boolean.TRUE;
			case "false", "falskt" -> Boolean.FALSE;
			default -> null;
		}));
	}

	/**
	 * A date as yyyy-mm-dd, yyyymmdd, or dd/mm/yyyy (also with dots) where the day is
	 * above 12 or equals the month, so that it cannot be read as mm/dd/yyyy.
	 */
	static Optional<LocalDate> date(String text) {
		String value = text.strip();
		Matcher iso = ISO.matcher(value);
		if (iso.matches()) {
			return date(iso.group(1), iso.group(2), iso.group(3));
		}
		Matcher compact = COMPACT.matcher(value);
		if (compact.matches()) {
			return date(compact.group(1), compact.group(2), compact.group(3));
		}
		Matcher dayFirst = DAY_FIRST.matcher(value);
		if (dayFirst.matches()) {
			int day = Integer.parseInt(dayFirst.group(1));
			int month = Integer.parseInt(dayFirst.group(2));
			boolean unambiguous = day > 12 || day == month || value.contains(".");
			return unambiguous ? date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1)) : Optional.empty();
		}
		return Optional.empty();
	}

	/**
	 * A municipality's code, given the code (with or without its leading zero) or the
	 * name.
	 */
	static Optional<String> municipality(String text) {
		String value = text.strip();
		if (value.matches("\\d{3,4}")) {
			String code = (value.length() == 3) ? "0" + value : value;
			return Municipalities.find(code).map(Municipality::code);
		}
		String key = key(value.replaceFirst("(?i)\\s+kommun$", ""));
		return Municipalities.all()
			.stream()
			.filter((m) -> key(m.name()).equals(key))
			.map(Municipality::code)
			.findFirst();
	}

	/** A personal identity number in any of its written forms, as its twelve digits. */
	static Optional<String> personalIdentityNumber(String text) {
		try {
			return Optional.of(PersonalIdentityNumber.parse(text).value());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A time of day as 9:30, 09:30 or 09.30. */
	static Optional<java.time.LocalTime> time(String text) {
		var matcher = java.util.regex.Pattern.compile("(\\d{1,2})[:.](\\d{2})").matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int hour = Integer.parseInt(matcher.group(1));
		int minute = Integer.parseInt(matcher.group(2));
		return (hour < 24 && minute < 60) ? Optional.of(java.time.LocalTime.of(hour, minute)) : Optional.empty();
	}

	/**
	 * A number with decimals as Swedish spreadsheets write it, 7,5, or as others do, 7.5;
	 * at most two decimals.
	 */
	static Optional<java.math.BigDecimal> decimal(String text) {
		String plain = text.strip().replace(',', '.');
		if (!plain.matches("\\d{1,6}(\\.\\d{1,2})?")) {
			return Optional.empty();
		}
		return Optional.of(new java.math.BigDecimal(plain));
	}

	/** A whole number, such as months or a percentage. */
	static Optional<Integer> wholeNumber(String text) {
		try {
			return Optional.of(Integer.parseInt(text.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A choice of a form by its name, or by its label in Swedish or English (the message
	 * {@code prefix.NAME}).
	 */
	static <E extends Enum<E>> Optional<E> choice(MessageSource messages, Class<E> type, String prefix, String text) {
		String key = key(text);
		for (E constant : type.getEnumConstants()) {
			for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
				String label = messages.getMessage(prefix + "." + constant.name(), null, constant.name(), locale);
				if (key(label).equals(key)) {
					return Optional.of(constant);
				}
			}
		}
		return enumNamed(type, text);
	}

	/** A constant of the enum by its name, in any case and spacing. */
	static <E extends Enum<E>> Optional<E> enumNamed(Class<E> type, String text) {
		String key = key(text);
		for (E constant : type.getEnumConstants()) {
			if (key(constant.name()).equals(key)) {
				return Optional.of(constant);
			}
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> date(String year, String month, String day) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
