package se.steget.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.springframework.core.io.ClassPathResource;

/**
 * Made-up people for the demo: Skatteverket's test personal identity numbers (they belong
 * to no real person) and common Swedish first names and surnames.
 */
final class DemoPeople {

	private static final List<String> WOMEN = List.of("Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Elin",
			"Fatima", "Amina", "Johanna", "Linnea", "Hanna", "Sofia", "Nadia", "Leila", "Ida", "Maja", "Aisha",
			"Helena");

	private static final List<String> MEN = List.of("Erik", "Lars", "Anders", "Johan", "Karl", "Per", "Mikael", "Ali",
			"Mohammed", "Ahmed", "Daniel", "Oskar", "Jonas", "Fredrik", "Hassan", "Emil", "Viktor", "Yusuf", "Nils",
			"Stefan");

	private static final List<String> SURNAMES = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
			"Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
			"Bengtsson", "Lindberg", "Axelsson", "Berglund", "Sandberg", "Lindqvist", "Hussein", "Mohamed", "Ali",
			"Abdi", "Yilmaz", "Nguyen", "Kovač", "Novak");

	private final Random random;

	private final List<String> numbers;

	private int next;

	DemoPeople(Random random) {
		this.random = random;
		this.numbers = adultNumbers(random);
	}

	/** The next unused test number of a person born 1962-2003, 12 digits. */
	String nextNumber() {
		return this.numbers.get(this.next++);
	}

	String firstName(boolean woman) {
		List<String> names = woman ? WOMEN : MEN;
		return names.get(this.random.nextInt(names.size()));
	}

	String surname() {
		return SURNAMES.get(this.random.nextInt(SURNAMES.size()));
	}

	private static List<String> adultNumbers(Random random) {
		List<String> numbers = new ArrayList<>();
		var resource = new ClassPathResource("reference/testpersonnummer.csv");
		try (var reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter((line) -> line.matches("\\d{12}")).filter((line) -> {
				int year = Integer.parseInt(line.substring(0, 4));
				return year >= 1962 && year <= 2003;
			}).forEach(numbers::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Collections.shuffle(numbers, random);
		return numbers;
	}

}
