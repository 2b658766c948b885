package se.steget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import se.steget.core.PersonalIdentityNumber;

/**
 * Skatteverket's test personal identity numbers, handed out once each per test run. Tests
 * take people born before 1962, so they never meet the demo data's people.
 */
public final class TestNumbers {

	private static final List<String> NUMBERS = load();

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final List<String> ALL = load("\\d{12}");

	private static final java.util.Set<String> TAKEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private TestNumbers() {
	}

	/** An unused valid number in its written form YYYYMMDD-NNNN. */
	public static String next() {
		String number = NUMBERS.get(NEXT.getAndIncrement());
		while (!TAKEN.add(number)) {
			number = NUMBERS.get(NEXT.getAndIncrement());
		}
		return PersonalIdentityNumber.parse(number).formatted();
	}

	/** Unused numbers of {@code count} people born on the same day. */
	public static List<String> sameBirthDate(int count) {
		synchronized (TAKEN) {
			var byDay = NUMBERS.stream()
				.skip(NEXT.get())
				.filter((number) -> !TAKEN.contains(number))
				.collect(java.util.stream.Collectors.groupingBy((number) -> number.substring(0, 8),
						java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
			List<String> same = byDay.values()
				.stream()
				.filter((numbers) -> numbers.size() >= count)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No " + count + " test numbers of one birth date left"))
				.subList(0, count);
			TAKEN.addAll(same);
			return same.stream().map((number) -> PersonalIdentityNumber.parse(number).formatted()).toList();
		}
	}

	/**
	 * An unused number of someone who is {@code age} years old on {@code day}. It may
	 * belong to a demo person: callers try the next one if it is taken.
	 */
	public static String aged(int age, java.time.LocalDate day) {
		for (String number : ALL) {
			var birth = PersonalIdentityNumber.parse(number).birthDate();
			if (java.time.Period.between(birth, day).getYears() == age && TAKEN.add(number)) {
				return PersonalIdentityNumber.parse(number).formatted();
			}
		}
		throw new IllegalStateException("No test number left of age " + age);
	}

	private static List<String> load() {
		return load("19[0-5]\\d{9}");
	}

	private static List<String> load(String pattern) {
		try {
			return Files.readAllLines(Path.of("src/main/resources/reference/testpersonnummer.csv"))
				.stream()
				.filter((line) -> line.matches(pattern))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
