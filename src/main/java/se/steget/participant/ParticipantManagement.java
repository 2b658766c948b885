package se.steget.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.access.AccessScope;
import se.steget.access.AuditLog;
import se.steget.core.NotFoundException;
import se.steget.core.PersonalIdentityNumber;
import se.steget.core.Difference;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;
import se.steget.core.UnchangedRecords;

/**
 * The participant module's public API. A user sees the participants they registered and
 * those enrolled in their projects; administrators see all.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantManagement {

	static final int PAGE_SIZE = 25;

	/** How long a look-up by number lets the user enroll the person. */
	static final int LOOKUP_VALID_HOURS = 24;

	private static final int CHUNK = 1000;

	private final Participants participants;

	private final JdbcClient jdbc;

	private final ParticipantCases cases;

	private final Clock clock;

	/**
	 * A savepoint around a write that a constraint may refuse, so that the request's
	 * transaction stays usable for the page that shows the refusal.
	 */
	private final TransactionTemplate savepoint;

	/** For writing to many people's rows in one batch. */
	private final JdbcTemplate batch;

	ParticipantManagement(Participants participants, JdbcClient jdbc, JdbcTemplate batch, ParticipantCases cases,
			Clock clock, PlatformTransactionManager transactions) {
		this.batch = batch;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.participants = participants;
		this.jdbc = jdbc;
		this.cases = cases;
		this.clock = clock;
	}

	/**
	 * The participants the user may see whose name or number matches; people with
	 * protected identity are never found by name or number.
	 */
	public Page<ParticipantSummary> search(String text, int page, AccessScope scope) {
		int number = Math.max(page, 0);
		Map<String, Object> params = new HashMap<>();
		String where = " where " + visibleTo(scope, params);
		String q = (text == null) ? "" : text.strip().toLowerCase();
		String digits = q.replaceAll("[^0-9]", "");
		if (!q.isEmpty()) {
			where += " and not p.protected_identity and (lower(p.first_name || ' ' || p.last_name) like :q"
					+ (digits.isEmpty() ? ")" : " or p.personal_identity_number like :digits)");
			params.put("q", "%" + q + "%");
			params.put("digits", "%" + digits + "%");
		}
		long total = this.jdbc.sql("select count(*) from participant p" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", PAGE_SIZE);
		params.put("offset", (long) number * PAGE_SIZE);
		List<ParticipantSummary> rows = this.jdbc
			.sql("select " + ParticipantSummary.COLUMNS + " from participant p" + where + " order by "
					+ ParticipantSummary.SHOWN_ORDER + ", p.id limit :limit offset :offset")
			.params(params)
			.query(ParticipantSummary.class)
			.list();
		return new PageImpl<>(rows, PageRequest.of(number, PAGE_SIZE), total);
	}

	/**
	 * Every person the user sees, without protected identity, for the duplicate finder: a
	 * manager's projects, not the whole register.
	 */
	List<ParticipantSummary> visibleForMerge(AccessScope scope) {
		Map<String, Object> params = new HashMap<>();
		return this.jdbc
			.sql("select " + ParticipantSummary.COLUMNS + " from participant p where not p.protected_identity and "
					+ visibleTo(scope, params) + " order by p.birth_date, p.id")
			.params(params)
			.query(ParticipantSummary.class)
			.list();
	}

	public Optional<ParticipantSummary> find(UUID id, AccessScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", List.of(id));
		return this.jdbc
			.sql("select " + ParticipantSummary.COLUMNS + " from participant p where p.id in (:ids) and "
					+ visibleAmongIds(scope, params))
			.params(params)
			.query(ParticipantSummary.class)
			.optional();
	}

	public ParticipantSummary get(UUID id, AccessScope scope) {
		return find(id, scope).orElseThrow(() -> new NotFoundException("Participant"));
	}

	/**
	 * The real identity of a person with protected identity, for a user who sees them and
	 * gives a reason; the caller logs the reason with the access.
	 */
	public ParticipantSummary revealed(UUID id, AccessScope scope) {
		get(id, scope);
		return this.jdbc.sql("select " + ParticipantSummary.REVEALED_COLUMNS + " from participant p where p.id = ?")
			.param(id)
			.query(ParticipantSummary.class)
			.single();
	}

	/**
	 * Looks a person up by their full personal identity number, an exact match only, for
	 * a user who may enroll people and gives a reason; the look-up is kept with the
	 * reason and lets the user enroll the person in their own project for
	 * {@link #LOOKUP_VALID_HOURS} hours. The answer shows what the user's own lists would
	 * (a protected identity masked) and nothing of the person's other cases.
	 */
	@Transactional
	public Optional<ParticipantSummary> lookUp(LookupForm form, AccessScope scope) {
		if (!scope.seesPeople() || scope.allProjects()) {
			throw new NotFoundException("Participant");
		}
		String reason = (form.purpose() == null) ? "" : form.purpose().strip();
		List<RejectedInputException> refused = new ArrayList<>();
		if (form.byNumber() && !PersonalIdentityNumber.isValid(form.personalIdentityNumber())) {
			refused.add(new RejectedInputException("personalIdentityNumber", "error.personalIdentityNumber"));
		}
		else if (!form.byNumber() && !form.byReserveIdentity()) {
			refused.add(new RejectedInputException("personalIdentityNumber", "error.lookupWhat"));
		}
		if (reason.isEmpty() || reason.length() > 300) {
			refused.add(new RejectedInputException("purpose", "reveal.required"));
		}
		RejectedInputException.throwIfAny(refused);
		Optional<ParticipantSummary> found = form.byNumber() ? byNumber(form.personalIdentityNumber())
				: byReserveIdentity(form);
		found.ifPresent((person) -> {
			this.jdbc
				.sql("insert into participant_lookup (id, participant_id, user_id, purpose, looked_up_at)"
						+ " values (?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), person.id(), scope.userId(), reason, LocalDateTime.now(this.clock))
				.update();
			AuditLog.shown(List.of(person.id()));
		});
		return found;
	}

	private Optional<ParticipantSummary> byNumber(String number) {
		return this.jdbc
			.sql("select " + ParticipantSummary.COLUMNS + " from participant p where p.personal_identity_number = ?"
					+ " and p.anonymised_on is null")
			.param(PersonalIdentityNumber.parse(number).value())
			.query(ParticipantSummary.class)
			.optional();
	}

	/** A reserve identity with exactly this name and date of birth; two are refused. */
	private Optional<ParticipantSummary> byReserveIdentity(LookupForm form) {
		List<ParticipantSummary> found = this.jdbc
			.sql("select " + ParticipantSummary.COLUMNS + " from participant p where p.personal_identity_number"
					+ " is null and not p.protected_identity and p.anonymised_on is null and p.birth_date = ?"
					+ " and lower(p.first_name) = ? and lower(p.last_name) = ?")
			.params(form.birthDate(), form.firstName().strip().toLowerCase(), form.lastName().strip().toLowerCase())
			.query(ParticipantSummary.class)
			.list();
		if (found.size() > 1) {
			throw new RejectedInputException("firstName", "error.lookupAmbiguous");
		}
		return found.stream().findFirst();
	}

	/**
	 * A person the user may enroll: one they may see, or one they looked up by number in
	 * the last {@link #LOOKUP_VALID_HOURS} hours.
	 */
	public ParticipantSummary enrollable(UUID id, AccessScope scope) {
		return find(id, scope).or(() -> lookedUp(id, scope)).orElseThrow(() -> new NotFoundException("Participant"));
	}

	/**
	 * Those of these people the user may enroll, as {@link #enrollable} asks of one, in
	 * two queries.
	 */
	public Set<UUID> enrollableAmong(Collection<UUID> ids, AccessScope scope) {
		Set<UUID> enrollable = visibleAmong(List.copyOf(ids), scope);
		List<UUID> rest = ids.stream().filter((id) -> !enrollable.contains(id)).toList();
		if (!rest.isEmpty() && scope.seesPeople()) {
			enrollable.addAll(this.jdbc
				.sql("select distinct participant_id from participant_lookup where participant_id in (:ids)"
						+ " and user_id = :user and looked_up_at > :since")
				.param("ids", rest)
				.param("user", scope.userId())
				.param("since", LocalDateTime.now(this.clock).minusHours(LOOKUP_VALID_HOURS))
				.query(UUID.class)
				.list());
		}
		return enrollable;
	}

	private Optional<ParticipantSummary> lookedUp(UUID id, AccessScope scope) {
		if (!scope.seesPeople()) {
			return Optional.empty();
		}
		return this.jdbc.sql("select " + ParticipantSummary.COLUMNS
				+ " from participant p where p.id = ? and exists (select 1"
				+ " from participant_lookup l where l.participant_id = p.id and l.user_id = ? and l.looked_up_at > ?)")
			.params(id, scope.userId(), LocalDateTime.now(this.clock).minusHours(LOOKUP_VALID_HOURS))
			.query(ParticipantSummary.class)
			.optional();
	}

	@Transactional
	public UUID register(ParticipantForm form, AccessScope scope) {
		return registerAll(List.of(form), scope).get(0);
	}

	/**
	 * Registers people as {@link #register} registers one, all or none: every form held
	 * to the same rules, whether a number or external id is taken asked once for them
	 * all, and the people written in one batch, in the order of the forms.
	 */
	@Transactional
	public List<UUID> registerAll(List<ParticipantForm> forms, AccessScope scope) {
		LocalDate today = LocalDate.now(this.clock);
		List<ParticipantDetails> details = new ArrayList<>(forms.size());
		for (ParticipantForm form : forms) {
			RejectedInputException.throwIfAny(form.identityProblems(today));
			details.add(form.details());
		}
		requireUnique(details, null);
		List<Participant> registered = details.stream()
			.map((person) -> Participant.register(person, scope.userId(), this.clock.instant()))
			.toList();
		try {
			this.savepoint.executeWithoutResult((status) -> this.participants.saveAll(registered));
		}
		catch (DuplicateKeyException ex) {
			// registered by someone else a moment ago
			throw new RejectedInputException("personalIdentityNumber", "error.participantExists.lookUp");
		}
		return registered.stream().map(Participant::getId).toList();
	}

	@Transactional
	public void update(UUID id, ParticipantForm form, AccessScope scope) {
		Participant participant = load(id, scope);
		StaleEditException.check(form.getVersion(), participant.getVersion());
		ParticipantForm complete = form.withHiddenIdentityOf(participant);
		RejectedInputException.throwIfAny(complete.identityProblems(LocalDate.now(this.clock)));
		ParticipantDetails details = complete.details();
		requireUnique(List.of(details), id);
		participant.update(details);
		StaleEdits.refused(() -> this.participants.save(participant));
	}

	/**
	 * The participant an imported row's number belongs to, if anyone: whether the user
	 * may see them, and if so their edit form as saved (to compare with the row) and its
	 * version.
	 */
	public Optional<ImportMatch> importMatch(String personalIdentityNumber, AccessScope scope) {
		return Optional.ofNullable(importMatches(List.of(personalIdentityNumber), scope).get(personalIdentityNumber));
	}

	/**
	 * The participants the numbers of many imported rows belong to, by number, read in
	 * two queries: those who are registered, and which of them the user may see.
	 */
	public Map<String, ImportMatch> importMatches(Collection<String> personalIdentityNumbers, AccessScope scope) {
		if (personalIdentityNumbers.isEmpty()) {
			return Map.of();
		}
		return matches(this.participants.findByPersonalIdentityNumberIn(personalIdentityNumbers), scope,
				Participant::getPersonalIdentityNumber);
	}

	/**
	 * The participants whose ids in the systems that files came from are these, by that
	 * id, as {@link #importMatches} reads them.
	 */
	public Map<String, ImportMatch> importMatchesByExternalId(Collection<String> externalIds, AccessScope scope) {
		if (externalIds.isEmpty()) {
			return Map.of();
		}
		return matches(this.participants.findByExternalIdIn(externalIds), scope, Participant::getExternalId);
	}

	/** The participant of that id, as {@link #importMatches} reads them. */
	public Optional<ImportMatch> importMatch(UUID id, AccessScope scope) {
		return this.participants.findById(id)
			.map((found) -> matches(List.of(found), scope, Participant::getId).get(id));
	}

	private <K> Map<K, ImportMatch> matches(List<Participant> found, AccessScope scope,
			java.util.function.Function<Participant, K> key) {
		Set<UUID> visible = visibleAmong(found.stream().map(Participant::getId).toList(), scope);
		Map<K, ImportMatch> matches = new HashMap<>();
		for (Participant participant : found) {
			matches.put(key.apply(participant), new ImportMatch(participant.getId(),
					visible.contains(participant.getId()) ? ParticipantForm.of(participant) : null));
		}
		return matches;
	}

	private Set<UUID> visibleAmong(List<UUID> ids, AccessScope scope) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("ids", ids);
		return new HashSet<>(this.jdbc
			.sql("select p.id from participant p where p.id in (:ids) and " + visibleAmongIds(scope, params))
			.params(params)
			.query(UUID.class)
			.list());
	}

	/**
	 * What an import found for a number: the participant, and their saved form when the
	 * user may see them (null when not).
	 */
	public record ImportMatch(UUID id, ParticipantForm saved) {

		public boolean visible() {
			return this.saved != null;
		}

	}

	/**
	 * What a form's identity lacks (a number, or a reserve identity's birth date and
	 * document), as registering it would refuse.
	 */
	public List<RejectedInputException> identityProblems(ParticipantForm form) {
		return form.identityProblems(LocalDate.now(this.clock));
	}

	/**
	 * Which of these people, each a name, a birth date and a number, share their exact
	 * name and birth date with someone registered under another number (or a reserve
	 * identity): possible duplicates that an import sends to review, never merges.
	 */
	public Set<Namesake> namesakesBornSameDay(Collection<Namesake> people) {
		if (people.isEmpty()) {
			return Set.of();
		}
		Map<Namesake, List<String>> numbers = new HashMap<>();
		this.jdbc
			.sql("select first_name, last_name, birth_date, personal_identity_number from participant"
					+ " where birth_date in (:born) and last_name in (:last)")
			.param("born", people.stream().map(Namesake::birthDate).distinct().toList())
			.param("last", people.stream().map((person) -> person.lastName().strip()).distinct().toList())
			.query((java.sql.ResultSet rs) -> {
				var registered = new Namesake(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), null);
				numbers.computeIfAbsent(registered, (key) -> new ArrayList<>()).add(rs.getString(4));
			});
		return people.stream()
			.filter((person) -> numbers.getOrDefault(person.withoutNumber(), List.of())
				.stream()
				.anyMatch((number) -> !number.equals(person.number())))
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * A person as an import compares them with the register: name, birth date, number.
	 */
	public record Namesake(String firstName, String lastName, LocalDate birthDate, String number) {

		Namesake withoutNumber() {
			return new Namesake(this.firstName.strip(), this.lastName.strip(), this.birthDate, null);
		}

	}

	/**
	 * After a stale save: the fields the record now holds differently from what the user
	 * typed, and the form moved on to the saved version, so that saving again keeps the
	 * user's values knowingly.
	 */
	List<Difference> differences(UUID id, ParticipantForm typed, AccessScope scope) {
		ParticipantForm saved = editForm(id, scope);
		typed.setVersion(saved.getVersion());
		return typed.differencesFrom(saved);
	}

	ParticipantForm editForm(UUID id, AccessScope scope) {
		return ParticipantForm.of(load(id, scope));
	}

	/**
	 * The form with what a protected person's edit form leaves blank filled in from the
	 * record, as a copy, so it can be validated.
	 */
	ParticipantForm withHiddenIdentity(UUID id, ParticipantForm form, AccessScope scope) {
		return form.withHiddenIdentityOf(load(id, scope));
	}

	private Participant load(UUID id, AccessScope scope) {
		get(id, scope);
		return this.participants.findById(id).orElseThrow(() -> new NotFoundException("Participant"));
	}

	/**
	 * Refuses people whose number or external id is taken, by someone else than the one
	 * being changed or by another of them.
	 */
	private void requireUnique(List<ParticipantDetails> people, UUID self) {
		List<String> numbers = people.stream()
			.map(ParticipantDetails::number)
			.filter(java.util.Objects::nonNull)
			.map(PersonalIdentityNumber::value)
			.toList();
		if (taken("personal_identity_number", numbers, self)) {
			throw new RejectedInputException("personalIdentityNumber", "error.participantExists.lookUp");
		}
		List<String> externalIds = people.stream()
			.map(ParticipantDetails::externalId)
			.filter(java.util.Objects::nonNull)
			.toList();
		if (taken("external_id", externalIds, self)) {
			throw new RejectedInputException("externalId", "error.externalIdTaken");
		}
	}

	/** Whether one of the values repeats, or is in that column of someone else. */
	private boolean taken(String column, List<String> values, UUID self) {
		if (values.isEmpty()) {
			return false;
		}
		if (new HashSet<>(values).size() < values.size()) {
			return true;
		}
		return this.jdbc.sql("select count(*) from participant where " + column + " in (:values) and id <> :self")
			.param("values", values)
			.param("self", (self != null) ? self : new UUID(0, 0))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The people the user may see: those on a case the user may read, and those the user
	 * registered who are not yet enrolled anywhere; a union, so that each half is read
	 * from an index.
	 */
	private String visibleTo(AccessScope scope, Map<String, Object> params) {
		if (!scope.seesPeople()) {
			return "1 = 0";
		}
		params.put("user", scope.userId());
		return "p.id in (select p0.id from participant p0 where p0.registered_by = :user and p0.first_enrolled_on"
				+ " is null union " + this.cases.participantsOnVisibleCases(scope, params) + ")";
	}

	/**
	 * Which of the people {@code p} in the parameter {@code ids} the user may see, as
	 * {@link #visibleTo} says, checked on their own rows: after a user had imported a
	 * hundred thousand people and their cases, the union read all of them for every
	 * look-up, so that each took as long as the import was large.
	 */
	private String visibleAmongIds(AccessScope scope, Map<String, Object> params) {
		if (!scope.seesPeople()) {
			return "1 = 0";
		}
		params.put("user", scope.userId());
		return "((p.registered_by = :user and p.first_enrolled_on is null) or p.id in ("
				+ this.cases.participantsOnVisibleCasesAmong(scope, params) + "))";
	}

	/**
	 * The SQL select of the ids of the people who live in a municipality, for another
	 * module's query; the code goes in as the named parameter.
	 */
	public static String livingIn(String municipalityCode, String parameter, Map<String, Object> params) {
		params.put(parameter, municipalityCode);
		return "select scope_p.id from participant scope_p where scope_p.municipality_code = :" + parameter;
	}

	/**
	 * Where the person lives, for matching and for whether a job is outside the home
	 * municipality; for a caller that has checked the user may read the person's case. A
	 * protected identity's municipality is used, never shown.
	 */
	public String homeMunicipality(UUID participantId) {
		return this.jdbc.sql("select municipality_code from participant where id = ?")
			.param(participantId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Records that the person is enrolled in a project from that day: from then on they
	 * are no longer only registered.
	 */
	@Transactional
	/**
	 * Holds the person's row until the transaction ends, so that two changes to their
	 * enrollments (which must not overlap) are checked and made one after the other.
	 */
	public void lockForEnrollment(UUID participantId) {
		lockForEnrollment(List.of(participantId));
	}

	/**
	 * Holds the people's rows until the transaction ends, in the order of their ids so
	 * that two batches that share people wait for each other rather than deadlock.
	 */
	public void lockForEnrollment(Collection<UUID> participantIds) {
		this.jdbc.sql("select id from participant where id in (:ids) order by id for update")
			.param("ids", participantIds)
			.query(UUID.class)
			.list();
	}

	/** Notes, for each person, the day they were first enrolled if it is earlier. */
	public void markEnrolled(Map<UUID, LocalDate> startedOn) {
		this.batch.batchUpdate(
				"update participant set first_enrolled_on = ? where id = ?"
						+ " and (first_enrolled_on is null or first_enrolled_on > ?)",
				startedOn.entrySet()
					.stream()
					.map((started) -> new Object[] { started.getValue(), started.getKey(), started.getValue() })
					.toList());
	}

	/**
	 * For retention: people registered before that time who were never enrolled anywhere
	 * and still have their identity.
	 */
	public Set<UUID> neverEnrolledRegisteredBefore(LocalDateTime before) {
		return Set.copyOf(
				this.jdbc
					.sql("select id from participant where first_enrolled_on is null and anonymised_on is null"
							+ " and registered_at < ?")
					.param(before)
					.query(UUID.class)
					.list());
	}

	/**
	 * Notes each person's first day of enrollment as it is after stays were removed: null
	 * for a person who no longer has one, who is again an unenrolled registration.
	 */
	public void firstEnrolledOn(Map<UUID, LocalDate> firstStart) {
		this.batch.batchUpdate("update participant set first_enrolled_on = ? where id = ?",
				firstStart.entrySet()
					.stream()
					.map((first) -> new Object[] { first.getValue(), first.getKey() })
					.toList());
	}

	/** The version of each of the people, for undoing the import that registered them. */
	public Map<UUID, Integer> versionsOf(Collection<UUID> ids) {
		return UnchangedRecords.versions(this.jdbc, "participant", ids);
	}

	/**
	 * Removes participants registered by mistake, as when an import is undone: all of
	 * them, or none when one has been changed since it was registered (is no longer at
	 * its version) or is used anywhere (an enrollment, a document, a colleague's
	 * look-up).
	 * @throws RejectedInputException on {@code rows} with how many have been changed or
	 * used
	 */
	@Transactional
	public void removeUnchanged(Map<UUID, Integer> versions) {
		UnchangedRecords.remove(this.jdbc, this.savepoint, "participant", versions,
				"participant.error.changedSinceRegistered");
	}

	/** For retention: those of the people who still have their identity. */
	public Set<UUID> stillIdentified(Collection<UUID> ids) {
		Set<UUID> identified = new HashSet<>();
		List<UUID> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += CHUNK) {
			identified.addAll(this.jdbc.sql("select id from participant where anonymised_on is null and id in (:ids)")
				.param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.query(UUID.class)
				.list());
		}
		return identified;
	}

}
