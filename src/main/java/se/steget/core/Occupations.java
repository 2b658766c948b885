package se.steget.core;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * The 429 SSYK 2012 occupation unit groups, read once from the code list shipped with the
 * app ({@code reference/ssyk2012.csv}, its source on its first line).
 */
public final class Occupations {

	/** The ten major fields, 0 to 9; their names are messages {@code ssykField.N}. */
	public static final List<String> FIELDS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

	private static final Map<String, Occupation> BY_CODE = load();

	private Occupations() {
	}

	/** Every occupation in code order, for choosing one. */
	public static List<Occupation> all() {
		return List.copyOf(BY_CODE.values());
	}

	public static Optional<Occupation> find(String code) {
		return Optional.ofNullable((code == null) ? null : BY_CODE.get(code.strip()));
	}

	public static boolean isKnown(String code) {
		return find(code).isPresent();
	}

	/** The occupation's name, or the code itself if it is unknown. */
	public static String nameOf(String code) {
		return find(code).map(Occupation::name).orElse(code);
	}

	private static Map<String, Occupation> load() {
		Map<String, Occupation> byCode = new LinkedHashMap<>();
		var format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setCommentMarker('#').get();
		try (var reader = new InputStreamReader(new ClassPathResource("reference/ssyk2012.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : format.parse(reader)) {
				if (!row.get(0).equals("code")) {
					byCode.put(row.get(0), new Occupation(row.get(0), row.get(1)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Collections.unmodifiableMap(byCode);
	}

}
