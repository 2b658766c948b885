package se.steget.crash;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every write Steget acknowledged, with what must be found in the database for it: the
 * writers record here, the checks read it after the last restart.
 */
final class Ledger {

	/** The kinds of write, each with the route its audit entry names. */
	enum Kind {

		GROUP("POST /api/v1/projects/{id}/activities"), REGISTER("POST /api/v1/participants"),
		UPDATE("PUT /api/v1/participants/{id}"), ENROLL("POST /api/v1/enrollments"),
		MEMBER("POST /api/v1/activities/{id}/members"), HOURS("POST /api/v1/enrollments/{id}/hours"),
		CONTACT("POST /api/v1/enrollments/{id}/contacts"), EXIT("POST /api/v1/enrollments/{id}/exit"),
		OUTCOME("POST /api/v1/enrollments/{id}/outcomes");

		final String route;

		Kind(String route) {
			this.route = route;
		}

	}

	/**
	 * An acknowledged write. {@code retried}: its first request was cut off by a kill;
	 * {@code committedBeforeKill}: the retry found it saved (the kill came after the
	 * commit and before the answer).
	 */
	record Write(Kind kind, UUID participant, UUID enrollment, UUID activity, String marker, boolean retried,
			boolean committedBeforeKill) {
	}

	private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();

	private final AtomicInteger cases = new AtomicInteger();

	void acknowledged(Write write) {
		this.writes.add(write);
	}

	void caseDone() {
		this.cases.incrementAndGet();
	}

	List<Write> writes() {
		return List.copyOf(this.writes);
	}

	int cases() {
		return this.cases.get();
	}

	long count(Kind kind) {
		return this.writes.stream().filter((write) -> write.kind() == kind).count();
	}

}
