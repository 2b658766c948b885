package se.steget.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The head of the audit chain written out of the database, one line a time (sequence
 * number, HMAC, when): someone who can write to the database can cut entries off the end
 * of the chain and point its head back, but not reach this file, so the verification
 * finds the cut.
 */
final class AuditAnchors {

	private final Path file;

	AuditAnchors(Path file) {
		this.file = file;
	}

	/** The latest anchor written, if any. */
	Optional<Anchor> latest() {
		if (!Files.exists(this.file)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(this.file, StandardCharsets.UTF_8);
			return lines.stream()
				.filter((line) -> !line.isBlank())
				.reduce((first, second) -> second)
				.map(Anchor::parse);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the head, unless it is the one written last. */
	void write(long seq, String mac, Instant at) {
		if (mac == null || latest().map((a) -> a.seq() == seq).orElse(false)) {
			return;
		}
		try {
			if (this.file.getParent() != null) {
				Files.createDirectories(this.file.getParent());
			}
			Files.writeString(this.file, seq + " " + mac + " " + at + System.lineSeparator(), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An entry of the chain as it was written out: its sequence number and HMAC. */
	record Anchor(long seq, String mac) {

		static Anchor parse(String line) {
			String[] parts = line.strip().split(" ");
			return new Anchor(Long.parseLong(parts[0]), parts[1]);
		}

	}

}
