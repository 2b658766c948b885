package se.steget;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import se.steget.access.AccessManagement;
import se.steget.core.OrganisationNumber;
import se.steget.employer.ContactPersonForm;
import se.steget.employer.EmployerForm;
import se.steget.employer.EmployerManagement;
import se.steget.employer.WorkplaceForm;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.access.StaffFunction;
import se.steget.core.Gender;
import se.steget.enrollment.EnrollmentForm;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.participant.ParticipantForm;
import se.steget.participant.ParticipantManagement;
import se.steget.project.ProjectForm;
import se.steget.project.ProjectManagement;
import se.steget.project.ProjectPhase;
import se.steget.project.ProjectTemplates;
import se.steget.project.TrackForm;
import se.steget.project.TrackManagement;

/**
 * Makes users, projects, participants and enrollments for tests through the modules'
 * public APIs, each with unique names and numbers, so that tests can share one database.
 */
@Component
public class TestData {

	public static final String PASSWORD = "test-password-1";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AccessManagement access;

	private final ProjectManagement projects;

	private final ParticipantManagement participants;

	private final EnrollmentManagement enrollments;

	private final UserDetailsService userDetails;

	private final TrackManagement tracks;

	private final ProjectTemplates templates;

	private final EmployerManagement employers;

	private final Map<UUID, String> usernames = new ConcurrentHashMap<>();

	TestData(AccessManagement access, ProjectManagement projects, ParticipantManagement participants,
			EnrollmentManagement enrollments, UserDetailsService userDetails, TrackManagement tracks,
			ProjectTemplates templates, EmployerManagement employers) {
		this.employers = employers;
		this.templates = templates;
		this.tracks = tracks;
		this.access = access;
		this.projects = projects;
		this.participants = participants;
		this.enrollments = enrollments;
		this.userDetails = userDetails;
	}

	public static String unique(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new user; its username is returned by {@link #username(UUID)}. */
	public UUID user(Role role) {
		String username = unique(role.name().toLowerCase().replace('_', '-'));
		UUID id = this.access.createUser(username, PASSWORD, "Test " + username, role,
				(role == Role.STAFF) ? StaffFunction.COACH : null);
		this.usernames.put(id, username);
		return id;
	}

	/** A municipal coordinator of this municipality. */
	public UUID coordinator(String municipalityCode) {
		String username = unique("koordinator");
		UUID id = this.access.createUser(username, PASSWORD, "Test " + username, Role.STAFF,
				StaffFunction.MUNICIPAL_COORDINATOR, municipalityCode);
		this.usernames.put(id, username);
		return id;
	}

	public String username(UUID userId) {
		return this.usernames.get(userId);
	}

	public UserDetails login(UUID userId) {
		return this.userDetails.loadUserByUsername(username(userId));
	}

	public AccessScope scope(UUID userId) {
		return this.access.scopeOf(userId, this.access.find(userId).orElseThrow().role());
	}

	public AccessScope admin() {
		return scope(user(Role.ADMINISTRATOR));
	}

	/** A project running 2025-2027 with the given members. */
	public UUID project(UUID... members) {
		var form = new ProjectForm();
		form.setName(unique("Projekt"));
		form.setPhase(ProjectPhase.IMPLEMENTATION);
		form.setPeriodStart(LocalDate.of(2025, 1, 1));
		form.setPeriodEnd(LocalDate.of(2027, 12, 31));
		form.setMunicipalityCodes(List.of("0880"));
		form.setMemberIds(List.of(members));
		return this.projects.create(form, admin());
	}

	/** A project made from a seed template, running from a year ago to a year ahead. */
	public UUID projectFrom(String template, UUID... members) {
		var form = new ProjectForm();
		form.setTemplateKey(template);
		form.setName(unique(template));
		form.setPhase(ProjectPhase.IMPLEMENTATION);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
		form.setPeriodStart(today.minusYears(2));
		form.setPeriodEnd(today.plusYears(1));
		form.setMemberIds(List.of(members));
		return this.templates.create(form, admin());
	}

	/** Makes the users members of the project too. */
	public void addMembers(UUID projectId, UUID... users) {
		var members = new java.util.HashSet<UUID>();
		this.access.members(projectId).forEach((m) -> members.add(m.id()));
		members.addAll(List.of(users));
		this.access.setMembers(projectId, members);
	}

	/** The id of the project's track or phase with this name. */
	public UUID trackNamed(UUID projectId, String name) {
		return this.tracks.tracks(projectId)
			.stream()
			.filter((t) -> t.name().equals(name))
			.map((t) -> t.id())
			.findFirst()
			.orElseThrow();
	}

	/** Adds a track to the project; {@code next} are tracks that may follow it. */
	public UUID track(UUID projectId, String name, Integer maxDays, Integer minDays, boolean first, UUID... next) {
		var form = new TrackForm(name, null, maxDays, minDays, first);
		form.setNextTrackIds(List.of(next));
		return this.tracks.add(projectId, form, admin());
	}

	/** Lets {@code from} be followed by {@code to}. */
	public void allow(UUID projectId, UUID from, UUID... to) {
		var track = this.tracks.track(from).orElseThrow();
		var form = new TrackForm(track.name(), track.description(), track.maxDays(), track.minDaysBeforeEntry(),
				track.firstTrack());
		var next = new java.util.ArrayList<>(track.nextTrackIds());
		next.addAll(List.of(to));
		form.setNextTrackIds(next);
		this.tracks.update(projectId, from, form, admin());
	}

	public ParticipantForm participantForm(Gender gender) {
		return new ParticipantForm(TestNumbers.next(), "Testa", unique("Person"), gender, "0880", false);
	}

	public UUID participant(UUID registeredBy, Gender gender) {
		return this.participants.register(participantForm(gender), scope(registeredBy));
	}

	/** A participant who lives in this municipality. */
	public UUID participantIn(String municipalityCode, UUID registeredBy, Gender gender) {
		ParticipantForm form = participantForm(gender);
		form.setMunicipalityCode(municipalityCode);
		return this.participants.register(form, scope(registeredBy));
	}

	public UUID enroll(UUID participantId, UUID projectId, UUID responsible, LocalDate start) {
		var form = new EnrollmentForm();
		form.setParticipantId(participantId);
		form.setProjectId(projectId);
		form.setResponsibleUserId(responsible);
		form.setStartDate(start);
		form.setActive(true);
		return this.enrollments.enroll(form, scope(responsible));
	}

	/** A made-up organisation number with a valid check digit, unique in the run. */
	public static String organisationNumber() {
		return OrganisationNumber.withCheckDigit(String.format("509%06d", SEQUENCE.incrementAndGet())).formatted();
	}

	/** An employer in the register, with a workplace in the municipality. */
	public UUID employer(String name, String municipalityCode) {
		UUID id = this.employers.register(new EmployerForm(organisationNumber(), unique(name), null), admin());
		var workplace = new WorkplaceForm();
		workplace.setName(name);
		workplace.setMunicipalityCode(municipalityCode);
		this.employers.addWorkplace(id, workplace, admin());
		return id;
	}

	/** A contact person at the employer. */
	public UUID contactPerson(UUID employerId, String name) {
		var person = new ContactPersonForm();
		person.setName(name);
		person.setRole("Handledare");
		return this.employers.addContactPerson(employerId, person, admin());
	}

}
