package se.steget.benchmark;

/**
 * How much data to generate: the full size is a national programme (1,000 projects,
 * 1,000,000 participants, 1,200,000 enrollments, some 20,000,000 contacts, 50,000
 * employers, group programmes with millions of attendance rows); the small size runs in
 * the test suite.
 *
 * @param projects projects
 * @param participants participants; one in five takes part in a second project
 * @param contactsPerEnrollment contacts logged per enrollment, on average
 * @param importRows rows of the participant file whose check is measured
 * @param importCommitRows participants, and then their enrollments, whose import is
 * measured
 */
record BenchmarkSize(int projects, int participants, int contactsPerEnrollment, int importRows, int importCommitRows) {

	static BenchmarkSize named(String name) {
		return switch (name) {
			case "full" -> new BenchmarkSize(1_000, 1_000_000, 16, 1_000_000, 100_000);
			case "medium" -> new BenchmarkSize(100, 100_000, 16, 1_000_000, 100_000);
			case "small" -> new BenchmarkSize(5, 2_000, 4, 2_000, 20);
			default -> throw new IllegalArgumentException("Unknown size " + name + ": small, medium or full");
		};
	}

}
