package se.steget.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessManagement;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.access.StaffFunction;
import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.Municipalities;
import se.steget.core.Municipality;
import se.steget.core.PersonalIdentityNumber;
import se.steget.core.SwedishLevel;
import se.steget.enrollment.EnrollmentForm;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.evaluation.ComparisonGroupManagement;
import se.steget.enrollment.EnrollmentView;
import se.steget.enrollment.ExitForm;
import se.steget.enrollment.ExitReason;
import se.steget.enrollment.IntakeOutcome;
import se.steget.enrollment.IntakeRecordForm;
import se.steget.enrollment.PathManagement;
import se.steget.enrollment.TrackChangeForm;
import se.steget.organisation.OrganisationForm;
import se.steget.organisation.OrganisationKind;
import se.steget.organisation.OrganisationManagement;
import se.steget.participant.ParticipantForm;
import se.steget.participant.ParticipantManagement;
import se.steget.project.ProjectForm;
import se.steget.project.ProjectTemplates;
import se.steget.project.TrackManagement;
import se.steget.project.TrackView;

/**
 * Loads the demo on first start (when the demo's {@code admin} login does not exist yet),
 * through the same public APIs that the pages use, so that it obeys every rule they do.
 */
@Component
@ConditionalOnProperty(name = "steget.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "steget-demo-1";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final List<ExitReason> EXIT_REASONS = List.of(ExitReason.EMPLOYMENT, ExitReason.EMPLOYMENT,
			ExitReason.EMPLOYMENT, ExitReason.STUDIES, ExitReason.LABOUR_MARKET_TRAINING, ExitReason.COMPLETED,
			ExitReason.SICK_OR_PARENTAL_LEAVE, ExitReason.MOVED, ExitReason.DROPOUT);

	private static final String EMPLOYMENT_SERVICE_NUMBER = "202100-2114";

	private final JdbcClient jdbc;

	private final AccessManagement access;

	private final OrganisationManagement organisations;

	private final ProjectTemplates templates;

	private final TrackManagement tracks;

	private final ParticipantManagement participants;

	private final EnrollmentManagement enrollments;

	private final PathManagement paths;

	private final Clock clock;

	/** Jönköping, one of OPIS' municipalities: the demo coordinator works there. */
	private static final String COORDINATOR_MUNICIPALITY = "0680";

	private final Random random = new Random(20261123);

	private final Map<String, UUID> organisationIds = new HashMap<>();

	private final Map<String, UUID> users = new HashMap<>();

	private AccessScope admin;

	/**
	 * The project manager of every demo project, who does the case work the demo needs.
	 */
	private AccessScope manager;

	private final DemoActivities activities;

	private final DemoOutcomes outcomes;

	private final DemoEmployers employers;

	private final DemoWork work;

	private final ComparisonGroupManagement comparisonGroups;

	DemoData(JdbcClient jdbc, AccessManagement access, OrganisationManagement organisations, ProjectTemplates templates,
			TrackManagement tracks, ParticipantManagement participants, EnrollmentManagement enrollments,
			PathManagement paths, DemoActivities activities, DemoOutcomes outcomes, DemoEmployers employers,
			DemoWork work, ComparisonGroupManagement comparisonGroups, Clock clock) {
		this.outcomes = outcomes;
		this.comparisonGroups = comparisonGroups;
		this.employers = employers;
		this.work = work;
		this.paths = paths;
		this.activities = activities;
		this.jdbc = jdbc;
		this.access = access;
		this.organisations = organisations;
		this.templates = templates;
		this.tracks = tracks;
		this.participants = participants;
		this.enrollments = enrollments;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from user_account where username = 'admin'")
			.query(Long.class)
			.single() > 0) {
			return;
		}
		log.info("No demo logins yet: loading the demo data");
		createUsers();
		List<DemoEmployers.Registered> register = this.employers.register(this.admin);
		var people = new DemoPeople(this.random);
		for (DemoProject seed : DemoProject.seeds()) {
			UUID projectId = this.templates.create(projectForm(seed), this.admin);
			List<UUID> staff = staffOf(seed);
			this.access.setMembers(projectId, membersOf(seed, staff));
			this.manager = this.access.scopeOf(this.users.get("projektledare"), Role.PROJECT_MANAGER);
			for (int i = 0; i < seed.participants(); i++) {
				enroll(seed, projectId, staff, people, i);
			}
			switch (seed.name()) {
				case "Jobbfokus Närke-Värmland" -> this.activities.jobbfokus(projectId, seed.periodStart(),
						staff.get(0), this.manager, this.random, register);
				case "OPIS" -> {
					this.activities.opis(projectId, staff.get(0), this.manager, this.random, register);
					this.work.week(projectId, this.manager, this.random);
					List<UUID> open = this.employers.work(projectId, register, this.users.get("foretagscoach"),
							this.manager, this.random);
					this.work.proposals(projectId, open, this.manager);
					DemoComparison.record(this.comparisonGroups, projectId, seed, people, this.manager, this.random,
							LocalDate.now(this.clock));
				}
				case "CreaDiem" -> this.activities.creadiem(projectId, seed.periodStart(), staff.get(0), this.manager);
				default -> {
				}
			}
		}
	}

	private void createUsers() {
		user("admin", "Karin Berg", Role.ADMINISTRATOR, null);
		user("projektledare", "Johan Ek", Role.PROJECT_MANAGER, null);
		user("coach", "Sara Lund", Role.STAFF, StaffFunction.COACH);
		user("arbetsformedlare", "Omar Haddad", Role.STAFF, StaffFunction.EMPLOYMENT_OFFICER);
		this.users.put("koordinator", this.access.createUser("koordinator", PASSWORD, "Lena Nord", Role.STAFF,
				StaffFunction.MUNICIPAL_COORDINATOR, COORDINATOR_MUNICIPALITY));
		user("coach2", "Mats Holm", Role.STAFF, StaffFunction.COACH);
		user("foretagscoach", "Eva Sand", Role.STAFF, StaffFunction.BUSINESS_COACH);
		user("styrgrupp", "Per Strand", Role.STEERING_GROUP, null);
		user("ekonom", "Anna Vik", Role.FINANCE, null);
		user("utvarderare", "Erik Dal", Role.EVALUATOR, null);
		this.admin = new AccessScope(this.users.get("admin"), Role.ADMINISTRATOR, Set.of());
	}

	private void user(String username, String name, Role role, StaffFunction function) {
		this.users.put(username, this.access.createUser(username, PASSWORD, name, role, function));
	}

	private List<UUID> staffOf(DemoProject seed) {
		return switch (seed.name()) {
			case "OPIS" ->
				List.of(this.users.get("coach"), this.users.get("arbetsformedlare"), this.users.get("koordinator"));
			case "Jobb- och utvecklingsgarantin" -> List.of(this.users.get("arbetsformedlare"));
			case "Jobbfokus Närke-Värmland" -> List.of(this.users.get("coach"), this.users.get("coach2"));
			default -> List.of(this.users.get("coach2"));
		};
	}

	private Set<UUID> membersOf(DemoProject seed, List<UUID> staff) {
		Set<UUID> members = new LinkedHashSet<>(staff);
		members.add(this.users.get("projektledare"));
		if (!seed.name().startsWith("Jobb-")) {
			members.add(this.users.get("foretagscoach"));
		}
		if (seed.name().equals("OPIS") || seed.name().startsWith("Jobbfokus")) {
			members.add(this.users.get("styrgrupp"));
			members.add(this.users.get("ekonom"));
			members.add(this.users.get("utvarderare"));
		}
		return members;
	}

	private ProjectForm projectForm(DemoProject seed) {
		var form = new ProjectForm();
		form.setTemplateKey(seed.template());
		form.setName(seed.name());
		form.setProgrammeArea(seed.programmeArea());
		form.setPhase(seed.phase());
		form.setOwnerOrganisationId(organisation(seed.owner()));
		form.setContactPerson("Kontaktperson " + seed.name());
		form.setEsfGrantSek(seed.esfGrantSek());
		form.setTotalBudgetSek(seed.totalBudgetSek());
		form.setPeriodStart(seed.periodStart());
		form.setPeriodEnd(seed.periodEnd());
		form.setRegion(seed.region());
		form.setTargetGroup(seed.targetGroup());
		form.setQuotaWomen(seed.quotaWomen());
		form.setQuotaMen(seed.quotaMen());
		form.setQuotaTotal(seed.quotaTotal());
		form.setMunicipalityCodes(seed.municipalities().stream().map(DemoData::municipalityCode).toList());
		form.setCoFinancerIds(seed.coFinancers().stream().map(this::organisation).toList());
		form.setPartnerIds(seed.partners().stream().map(this::organisation).toList());
		return form;
	}

	private static String municipalityCode(String name) {
		return Municipalities.all()
			.stream()
			.filter((m) -> m.name().equals(name))
			.map(Municipality::code)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No municipality " + name));
	}

	private UUID organisation(String name) {
		return this.organisationIds.computeIfAbsent(name, (n) -> {
			boolean employmentService = n.startsWith("Af ") || n.startsWith("Arbetsförmedlingen");
			var form = new OrganisationForm(n, kindOf(n), employmentService ? EMPLOYMENT_SERVICE_NUMBER : null, null);
			return this.organisations.register(form, this.admin);
		});
	}

	private static OrganisationKind kindOf(String name) {
		if (name.startsWith("Af ") || name.startsWith("Arbetsförmedlingen")) {
			return OrganisationKind.EMPLOYMENT_SERVICE_OFFICE;
		}
		if (name.endsWith("kommun") || name.equals("Socialförvaltningen")) {
			return OrganisationKind.MUNICIPALITY;
		}
		if (name.endsWith("folkhögskola") || name.equals("Kunskapsnavet") || name.startsWith("Hansa")) {
			return OrganisationKind.SCHOOL;
		}
		return OrganisationKind.COMPANY;
	}

	private void enroll(DemoProject seed, UUID projectId, List<UUID> staff, DemoPeople people, int index) {
		String number = people.nextNumber();
		boolean woman = (number.charAt(10) - '0') % 2 == 0;
		Gender gender = (index % 23 == 7) ? Gender.NON_BINARY : (woman ? Gender.WOMAN : Gender.MAN);
		boolean protectedIdentity = seed.name().equals("OPIS") && index % 29 == 3;
		String municipality = municipalityCode(seed.municipalities().get(index % seed.municipalities().size()));
		var person = new ParticipantForm(PersonalIdentityNumber.parse(number).formatted(), people.firstName(woman),
				people.surname(), gender, municipality, protectedIdentity);
		describeAtStart(person, seed.name().equals("OPIS"));
		UUID participantId = this.participants.register(person, this.manager);

		LocalDate today = LocalDate.now(this.clock);
		LocalDate lastStart = min(seed.periodEnd(), today).minusDays(30);
		long span = Math.max(1, ChronoUnit.DAYS.between(seed.periodStart(), lastStart));
		var enrollment = new EnrollmentForm();
		enrollment.setParticipantId(participantId);
		enrollment.setProjectId(projectId);
		enrollment.setStartDate(seed.periodStart().plusDays(this.random.nextLong(span)));
		enrollment.setResponsibleUserId(staff.get(index % staff.size()));
		boolean active = this.random.nextInt(5) > 0;
		UUID enrollmentId = this.enrollments.enroll(enrollment, this.manager);
		enrollment.setActive(active);
		LocalDate start = enrollment.getStartDate();
		LocalDate planned = start.plusDays(90 + this.random.nextInt(240));
		boolean leaves = !planned.isAfter(today) || seed.periodEnd().isBefore(today);
		LocalDate exitOn = min(planned, min(seed.periodEnd(), today));
		if (enrollment.isActive()) {
			LocalDate afterIntake = passIntake(enrollmentId, start, enrollment.getResponsibleUserId());
			moveThroughTracks(projectId, enrollmentId, afterIntake, leaves ? exitOn : today);
		}
		else if (!leaves) {
			startIntake(enrollmentId, start, enrollment.getResponsibleUserId(), index);
			return;
		}
		if (leaves) {
			exit(enrollmentId, exitOn);
		}
	}

	/** Passes every intake step, a day apart; returns the day after the last. */
	private LocalDate passIntake(UUID enrollmentId, LocalDate start, UUID staff) {
		int steps = this.paths.intakeProgress(enrollmentId, this.manager).size();
		for (int day = 0; day < steps; day++) {
			this.paths.recordIntake(enrollmentId,
					new IntakeRecordForm(start.plusDays(day), staff, IntakeOutcome.PASSED, null), this.manager);
		}
		return start.plusDays(steps);
	}

	/** Records the first intake step; now and then the person does not go on. */
	private void startIntake(UUID enrollmentId, LocalDate start, UUID staff, int index) {
		if (this.paths.intakeProgress(enrollmentId, this.manager).isEmpty()) {
			return;
		}
		boolean declined = index % 7 == 0;
		this.paths.recordIntake(enrollmentId,
				new IntakeRecordForm(start, staff, declined ? IntakeOutcome.DECLINED : IntakeOutcome.PASSED,
						declined ? "Behöver först stöd från vården" : null),
				this.manager);
	}

	/**
	 * Puts the participant in a starting track, and often a later one before
	 * {@code lastDay}.
	 */
	private void moveThroughTracks(UUID projectId, UUID enrollmentId, LocalDate start, LocalDate lastDay) {
		List<TrackView> projectTracks = this.tracks.tracks(projectId);
		List<TrackView> first = projectTracks.stream().filter(TrackView::firstTrack).toList();
		if (first.isEmpty()) {
			return;
		}
		TrackView track = first.get(this.random.nextInt(first.size()));
		this.paths.changeTrack(enrollmentId, new TrackChangeForm(track.id(), start, null), this.manager.userId(),
				this.manager);
		LocalDate next = start.plusDays(14 + this.random.nextInt(30));
		if (!track.nextTrackIds().isEmpty() && next.isBefore(lastDay) && this.random.nextInt(4) > 0) {
			UUID to = track.nextTrackIds().get(this.random.nextInt(track.nextTrackIds().size()));
			this.paths.changeTrack(enrollmentId, new TrackChangeForm(to, next, null), this.manager.userId(),
					this.manager);
		}
	}

	/**
	 * Made-up circumstances at the start, roughly as long-term unemployment spreads them.
	 */
	private void describeAtStart(ParticipantForm person, boolean bornAbroadOften) {
		int region = this.random.nextInt(100);
		BirthRegion birthRegion = (region < (bornAbroadOften ? 35 : 55)) ? BirthRegion.SWEDEN
				: (region < (bornAbroadOften ? 50 : 70)) ? BirthRegion.EUROPE : BirthRegion.OUTSIDE_EUROPE;
		person.setBirthRegion(birthRegion);
		person.setEducationLevel(EducationLevel.values()[this.random.nextInt(EducationLevel.values().length)]);
		person.setDisability(this.random.nextInt(5) == 0);
		person.setMonthsUnemployed(6 + this.random.nextInt(66));
		person.setSwedishLevel((birthRegion == BirthRegion.SWEDEN) ? SwedishLevel.FLUENT
				: SwedishLevel.values()[this.random.nextInt(SwedishLevel.values().length)]);
	}

	private void exit(UUID enrollmentId, LocalDate on) {
		var exit = new ExitForm();
		exit.setExitDate(on);
		exit.setExitReason(EXIT_REASONS.get(this.random.nextInt(EXIT_REASONS.size())));
		this.enrollments.exit(enrollmentId, exit, this.manager);
		EnrollmentView left = this.enrollments.get(enrollmentId, this.manager);
		this.outcomes.record(left.projectId(), enrollmentId, on, exit.getExitReason(), left.responsibleUserId(),
				this.manager, this.random);
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
