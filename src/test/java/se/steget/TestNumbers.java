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

	private TestNumbers() {
	}

	/** An unused valid number in its written form YYYYMMDD-NNNN. */
	public static String next() {
		return PersonalIdentityNumber.parse(NUMBERS.get(NEXT.getAndIncrement())).formatted();
	}

	private static List<String> load() {
		try {
			return Files.readAllLines(Path.of("src/main/resources/reference/testpersonnummer.csv"))
				.stream()
				.filter((line) -> line.matches("19[0-5]\\d{9}"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
