package se.steget.crash;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import se.steget.TestNumbers;
import se.steget.crash.Ledger.Kind;

/**
 * One writer: case after case, it registers a person, corrects their name, enrolls them,
 * adds them to a group, records hours, logs a contact, ends the enrollment and records
 * the outcome. A write cut off by a kill is sent again, as it was, once Steget is back:
 * the Idempotency-Key makes that safe for a POST, the If-Match for a PUT.
 */
final class CaseWriter implements Runnable {

	private final Api api;

	private final StegetProcess steget;

	private final Ledger ledger;

	private final UUID project;

	private static final int GROUP_SIZE = 100;

	private final int number;

	private UUID activity;

	private int members;

	private final LocalDate today;

	private volatile boolean stopped;

	private volatile Throwable failure;

	CaseWriter(int number, Api api, StegetProcess steget, Ledger ledger, UUID project, LocalDate today) {
		this.number = number;
		this.api = api;
		this.steget = steget;
		this.ledger = ledger;
		this.project = project;
		this.today = today;
	}

	/** Finishes the case under way, then stops. */
	void stop() {
		this.stopped = true;
	}

	Throwable failure() {
		return this.failure;
	}

	@Override
	public void run() {
		try {
			while (!this.stopped) {
				writeCase();
				this.ledger.caseDone();
			}
		}
		catch (Throwable ex) {
			this.failure = ex;
		}
	}

	private void writeCase() throws Exception {
		if (this.activity == null || this.members == GROUP_SIZE) {
			this.activity = null;
			this.activity = id(
					write(Kind.GROUP, null, null, "POST", "/api/v1/projects/" + this.project + "/activities", """
							{"kind": "GROUP_PROGRAMME", "title": "Kraschgrupp %d", "startDate": "%s", "endDate": "%s",
							 "capacity": %d}""".formatted(this.number, this.today.minusDays(5), this.today.plusDays(60),
							GROUP_SIZE)));
			this.members = 0;
		}
		String number = TestNumbers.next();
		String marker = UUID.randomUUID().toString();
		UUID participant = id(
				write(Kind.REGISTER, null, null, "POST", "/api/v1/participants", person(number, "Krasch")));
		write(Kind.UPDATE, participant, null, "PUT", "/api/v1/participants/" + participant, person(number, "Omstart"));
		UUID enrollment = id(write(Kind.ENROLL, participant, null, "POST", "/api/v1/enrollments", """
				{"participantId": "%s", "projectId": "%s", "startDate": "%s", "active": true}""".formatted(participant,
				this.project, this.today.minusDays(10))));
		String cases = "/api/v1/enrollments/" + enrollment;
		write(Kind.MEMBER, participant, enrollment, "POST", "/api/v1/activities/" + this.activity + "/members",
				"{\"enrollmentId\": \"%s\"}".formatted(enrollment));
		this.members++;
		write(Kind.HOURS, participant, enrollment, "POST", cases + "/hours",
				"{\"activityId\": \"%s\", \"attendedOn\": \"%s\", \"hours\": 3}".formatted(this.activity,
						lastWorkday()));
		write(Kind.CONTACT, participant, enrollment, marker, "POST", cases + "/contacts", """
				{"contactedAt": "%s", "channel": "PHONE", "kind": "FOLLOW_UP", "note": "%s"}""".formatted(contactedAt(),
				marker));
		write(Kind.EXIT, participant, enrollment, "POST", cases + "/exit",
				"{\"exitDate\": \"%s\", \"exitReason\": \"EMPLOYMENT\"}".formatted(this.today));
		write(Kind.OUTCOME, participant, enrollment, marker, "POST", cases + "/outcomes", """
				{"observedOn": "%s", "kind": "EMPLOYMENT", "source": "PHONE_CALL", "note": "%s"}"""
			.formatted(this.today, marker));
	}

	private Api.Answer write(Kind kind, UUID participant, UUID enrollment, String method, String path, String body)
			throws Exception {
		return write(kind, participant, enrollment, null, method, path, body);
	}

	/**
	 * Sends the write until Steget answers it; a write answered with a refusal is a
	 * failure of the suite, not of a kill.
	 */
	private Api.Answer write(Kind kind, UUID participant, UUID enrollment, String marker, String method, String path,
			String body) throws Exception {
		String key = "POST".equals(method) ? UUID.randomUUID().toString() : "\"0\"";
		boolean retried = false;
		while (true) {
			Api.Answer answer;
			try {
				answer = this.api.write(method, path, body, key);
			}
			catch (IOException ex) {
				retried = true;
				awaitSteget();
				continue;
			}
			boolean savedBeforeKill = retried && (answer.replayed() || savedUpdate(kind, answer, path));
			if (answer.ok() || savedBeforeKill) {
				UUID activity = (kind == Kind.GROUP) ? id(answer) : this.activity;
				this.ledger.acknowledged(new Ledger.Write(kind, (kind == Kind.REGISTER) ? id(answer) : participant,
						enrollment, activity, marker, retried, savedBeforeKill));
				return answer;
			}
			if (answer.status() == 503) {
				retried = true;
				Thread.sleep(200);
				continue;
			}
			throw new IllegalStateException(kind + " " + path + " answered " + answer.status() + ": " + answer.body());
		}
	}

	/**
	 * A retried name change refused as stale: saved before the kill if the name is ours.
	 */
	private boolean savedUpdate(Kind kind, Api.Answer answer, String path) throws Exception {
		return kind == Kind.UPDATE && answer.status() == 412
				&& this.api.get(path).body().contains("\"firstName\":\"Omstart\"");
	}

	/**
	 * An hour ago, in Swedish time: a contact cannot be logged ahead of time, and a run
	 * may pass midnight.
	 */
	private static LocalDateTime contactedAt() {
		return LocalDateTime.now(ZoneId.of("Europe/Stockholm")).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
	}

	/** The last weekday before today: within the group, which began five days ago. */
	private LocalDate lastWorkday() {
		LocalDate day = this.today.minusDays(1);
		while (day.getDayOfWeek().getValue() > 5) {
			day = day.minusDays(1);
		}
		return day;
	}

	private void awaitSteget() throws InterruptedException {
		try {
			this.steget.up().get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static UUID id(Api.Answer answer) {
		String location = answer.location();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private static String person(String number, String firstName) {
		return """
				{"personalIdentityNumber": "%s", "firstName": "%s", "lastName": "Kraschsson",
				 "gender": "WOMAN", "municipalityCode": "0880", "protectedIdentity": false}""".formatted(number,
				firstName);
	}

}
