package se.steget.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

/**
 * The 290 Swedish municipalities, read once from the SCB code list shipped with the app.
 */
public final class Municipalities {

	private static final Map<String, Municipality> BY_CODE = load();

	private static final List<Municipality> BY_NAME = BY_CODE.values()
		.stream()
		.sorted(Comparator.comparing(Municipality::name))
		.toList();

	private Municipalities() {
	}

	public static Collection<Municipality> all() {
		return BY_CODE.values();
	}

	/** Every municipality in alphabetical order, for choosing one. */
	public static List<Municipality> byName() {
		return BY_NAME;
	}

	/** The 21 counties, code to name, in code order. */
	public static Map<String, String> counties() {
		Map<String, String> counties = new java.util.TreeMap<>();
		BY_CODE.values().forEach((m) -> counties.put(m.countyCode(), m.countyName()));
		return counties;
	}

	public static Optional<Municipality> find(String code) {
		return Optional.ofNullable((code == null) ? null : BY_CODE.get(code.strip()));
	}

	public static boolean isKnown(String code) {
		return find(code).isPresent();
	}

	/** The municipality's name, or the code itself if it is unknown. */
	public static String nameOf(String code) {
		return find(code).map(Municipality::name).orElse(code);
	}

	private static Map<String, Municipality> load() {
		Map<String, Municipality> byCode = new LinkedHashMap<>();
		var resource = new ClassPathResource("reference/kommuner.csv");
		try (var reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter((line) -> !line.startsWith("#") && !line.startsWith("code,")).forEach((line) -> {
				String[] f = line.split(",");
				byCode.put(f[0], new Municipality(f[0], f[1], f[2], f[3]));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Collections.unmodifiableMap(byCode);
	}

}
