package se.steget.matching;

import java.util.Objects;
import java.util.Comparator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessManagement;
import se.steget.access.AccessScope;
import se.steget.access.StaffMember;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;
import se.steget.employer.EmployerManagement;
import se.steget.employer.VacancyManagement;
import se.steget.employer.VacancyView;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentStatus;
import se.steget.enrollment.EnrollmentView;
import se.steget.enrollment.ExitForm;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.OutcomeForm;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.outcome.OutcomeSource;
import se.steget.participant.ParticipantManagement;

/**
 * Proposals of participants for vacancies, from match to hire. Only a user who may read
 * the case proposes or moves it on; a hire fills one of the vacancy's positions, and can
 * be recorded as the participant's outcome, with the employer and whether the work is
 * outside the home municipality taken from the vacancy.
 */
@Service
@Transactional(readOnly = true)
public class ProposalManagement {

	private final Proposals proposals;

	private final VacancyManagement vacancies;

	private final EmployerManagement employers;

	private final EnrollmentManagement enrollments;

	private final ParticipantManagement participants;

	private final OutcomeManagement outcomes;

	private final AccessManagement access;

	private final JdbcClient jdbc;

	private final Clock clock;

	ProposalManagement(Proposals proposals, VacancyManagement vacancies, EmployerManagement employers,
			EnrollmentManagement enrollments, ParticipantManagement participants, OutcomeManagement outcomes,
			AccessManagement access, JdbcClient jdbc, Clock clock) {
		this.proposals = proposals;
		this.vacancies = vacancies;
		this.employers = employers;
		this.enrollments = enrollments;
		this.participants = participants;
		this.outcomes = outcomes;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public UUID propose(UUID vacancyId, UUID enrollmentId, AccessScope scope) {
		VacancyView vacancy = this.vacancies.get(vacancyId, scope);
		EnrollmentView enrollment = (enrollmentId == null) ? null
				: this.enrollments.visible(List.of(enrollmentId), scope).get(enrollmentId);
		if (enrollment == null) {
			throw new RejectedInputException("enrollmentId", "error.notYourCase");
		}
		if (enrollment.status() == EnrollmentStatus.EXITED) {
			throw new RejectedInputException("enrollmentId", "error.caseExited");
		}
		if (!vacancy.open()) {
			throw new RejectedInputException("vacancyId", "error.vacancyNotOpen");
		}
		if (this.jdbc.sql("select count(*) from proposal where vacancy_id = ? and enrollment_id = ?")
			.params(vacancyId, enrollmentId)
			.query(Long.class)
			.single() > 0) {
			throw new RejectedInputException("enrollmentId", "error.alreadyProposed");
		}
		try {
			return this.proposals
				.save(Proposal.propose(vacancyId, enrollmentId, scope.userId(), LocalDate.now(this.clock)))
				.getId();
		}
		catch (DuplicateKeyException ex) {
			throw new RejectedInputException("enrollmentId", "error.alreadyProposed");
		}
	}

	/**
	 * Moves the proposal on; a hire fills a position, or is refused when none is left.
	 */
	@Transactional
	public void advance(UUID proposalId, ProposalStepForm form, AccessScope scope) {
		Proposal proposal = load(proposalId, scope);
		StaleEditException.check(form.getVersion(), proposal.getVersion());
		String reason = (form.getReason() == null || form.getReason().isBlank()) ? null : form.getReason().strip();
		proposal.advance(
				new ProposalStep(form.getStatus(), form.getTakenOn(), scope.userId(),
						(form.getStatus() == ProposalStatus.DECLINED) ? form.getDeclinedBy() : null, reason),
				LocalDate.now(this.clock));
		if (form.getStatus() == ProposalStatus.HIRED) {
			this.vacancies.fill(proposal.getVacancyId());
		}
		StaleEdits.refused(() -> this.proposals.save(proposal));
	}

	/**
	 * Records the hire as the participant's outcome upon leaving: work at the vacancy's
	 * employer, subsidised as its employment type says, outside the home municipality
	 * when the workplace is in another one, abroad when it is. A participant still
	 * enrolled leaves on that day, to work.
	 */
	@Transactional
	public UUID recordOutcome(UUID proposalId, HireOutcomeForm form, AccessScope scope) {
		Proposal proposal = load(proposalId, scope);
		if (proposal.getStatus() != ProposalStatus.HIRED) {
			throw new RejectedInputException("observedOn", "error.notHired");
		}
		EnrollmentView enrollment = this.enrollments.get(proposal.getEnrollmentId(), scope);
		VacancyView vacancy = this.vacancies.get(proposal.getVacancyId(), scope);
		if (enrollment.exitDate() == null) {
			var exit = new ExitForm();
			exit.setExitDate(form.getObservedOn());
			exit.setExitReason(ExitReason.EMPLOYMENT);
			this.enrollments.exit(enrollment.id(), exit, scope);
		}
		var outcome = new OutcomeForm(null, form.getObservedOn(), OutcomeKind.EMPLOYMENT, OutcomeSource.EMPLOYER);
		outcome.setSubsidised(vacancy.employmentType().subsidised());
		outcome.setFullTime(form.isFullTime());
		outcome.setOutsideHomeMunicipality(outsideHome(enrollment, vacancy));
		outcome.setAbroad(vacancy.abroad());
		outcome.setEmployerId(vacancy.employerId());
		return this.outcomes.record(enrollment.id(), outcome, scope.userId(), scope);
	}

	/** Whether the vacancy's workplace is outside the participant's home municipality. */
	public Boolean outsideHome(EnrollmentView enrollment, VacancyView vacancy) {
		if (vacancy.abroad()) {
			return true;
		}
		String home = this.participants.homeMunicipality(enrollment.participantId());
		return (home == null) ? null : !home.equals(vacancy.municipalityCode());
	}

	public ProposalView get(UUID proposalId, AccessScope scope) {
		return visible(List.of(proposalId), scope).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Proposal"));
	}

	/** The vacancy's proposals of the cases the user may read, newest first. */
	public List<ProposalView> ofVacancy(UUID vacancyId, AccessScope scope) {
		this.vacancies.get(vacancyId, scope);
		return visible(this.jdbc.sql("select id from proposal where vacancy_id = ? order by proposed_on desc, id")
			.param(vacancyId)
			.query(UUID.class)
			.list(), scope);
	}

	/** The case's proposals, newest first. */
	public List<ProposalView> ofEnrollment(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return visible(this.jdbc.sql("select id from proposal where enrollment_id = ? order by proposed_on desc, id")
			.param(enrollmentId)
			.query(UUID.class)
			.list(), scope);
	}

	/** The hires at the employer among the cases the user may read, newest first. */
	public List<ProposalView> hiresAt(UUID employerId, AccessScope scope) {
		this.employers.get(employerId, scope);
		List<UUID> vacancyIds = this.vacancies.idsAt(employerId);
		if (vacancyIds.isEmpty()) {
			return List.of();
		}
		return visible(this.jdbc
			.sql("select id from proposal where vacancy_id in (:vacancies) and status = 'HIRED'"
					+ " order by proposed_on desc, id")
			.param("vacancies", vacancyIds)
			.query(UUID.class)
			.list(), scope);
	}

	private List<ProposalView> visible(List<UUID> ids, AccessScope scope) {
		List<Proposal> loaded = new ArrayList<>();
		this.proposals.findAllById(ids).forEach(loaded::add);
		Map<UUID, EnrollmentView> cases = this.enrollments
			.visible(loaded.stream().map(Proposal::getEnrollmentId).distinct().toList(), scope);
		List<Proposal> shown = loaded.stream().filter((p) -> cases.containsKey(p.getEnrollmentId())).toList();
		Map<UUID, Integer> order = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			order.put(ids.get(i), i);
		}
		return views(shown, cases).stream().sorted(Comparator.comparing((v) -> order.get(v.id()))).toList();
	}

	/** The proposals as shown, with the cases they are about, which the user may read. */
	private List<ProposalView> views(List<Proposal> proposals, Map<UUID, EnrollmentView> cases) {
		Map<UUID, VacancyView> vacancies = new HashMap<>();
		this.vacancies.findAll(proposals.stream().map(Proposal::getVacancyId).distinct().toList())
			.forEach((v) -> vacancies.put(v.id(), v));
		Map<UUID, String> users = new HashMap<>();
		this.access
			.staff(proposals.stream()
				.flatMap((p) -> p.getSteps().stream())
				.map(ProposalStep::userId)
				.filter(Objects::nonNull)
				.distinct()
				.toList())
			.forEach((StaffMember m) -> users.put(m.id(), m.displayName()));
		return proposals.stream().map((p) -> {
			VacancyView v = vacancies.get(p.getVacancyId());
			EnrollmentView e = cases.get(p.getEnrollmentId());
			String name = (e == null || e.protectedIdentity()) ? null : e.participantName();
			return new ProposalView(p.getId(), v.id(), v.title(), v.employerId(), v.employerName(), p.getEnrollmentId(),
					name, p.getStatus(), p.getSteps().get(0).takenOn(),
					p.getSteps()
						.stream()
						.map((s) -> new ProposalView.ProposalStepView(s.status(), s.takenOn(), users.get(s.userId()),
								s.declinedBy(), s.reason()))
						.toList(),
					p.getVersion());
		}).toList();
	}

	private Proposal load(UUID proposalId, AccessScope scope) {
		Proposal proposal = this.proposals.findById(proposalId).orElseThrow(() -> new NotFoundException("Proposal"));
		this.enrollments.get(proposal.getEnrollmentId(), scope);
		return proposal;
	}

}
