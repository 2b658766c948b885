package se.steget.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.activity.ActivityManagement;
import se.steget.core.Gender;
import se.steget.core.GenderCounts;
import se.steget.core.NotFoundException;
import se.steget.employer.EmployerContactManagement;
import se.steget.employer.EmployerManagement;
import se.steget.employer.VacancyManagement;
import se.steget.employer.VacancySource;
import se.steget.employer.VacancyView;
import se.steget.project.ProjectManagement;

/**
 * The employer figures of one project, for everyone who sees the project's figures; the
 * pages hide small cells from aggregate roles.
 */
@Service
@Transactional(readOnly = true)
public class EmployerFiguresManagement {

	private final ActivityManagement activities;

	private final EmployerManagement employers;

	private final EmployerContactManagement contacts;

	private final VacancyManagement vacancies;

	private final ProjectManagement projects;

	private final JdbcClient jdbc;

	EmployerFiguresManagement(ActivityManagement activities, EmployerManagement employers,
			EmployerContactManagement contacts, VacancyManagement vacancies, ProjectManagement projects,
			JdbcClient jdbc) {
		this.activities = activities;
		this.employers = employers;
		this.contacts = contacts;
		this.vacancies = vacancies;
		this.projects = projects;
		this.jdbc = jdbc;
	}

	private record Step(UUID vacancyId, Gender gender, UUID participantId, ProposalStatus reached) {

	}

	public EmployerFigures of(UUID projectId, AccessScope scope) {
		if (!scope.seesFigures() || !scope.canSeeProject(projectId)) {
			throw new NotFoundException("Project");
		}
		List<Step> steps = this.jdbc
			.sql("select p.vacancy_id, pa.gender, e.participant_id, s.status from proposal p"
					+ " join proposal_step s on s.proposal_id = p.id join enrollment e on e.id = p.enrollment_id"
					+ " join participant pa on pa.id = e.participant_id where e.project_id = ?")
			.param(projectId)
			.query((rs, n) -> new Step(rs.getObject(1, UUID.class), Gender.valueOf(rs.getString(2)),
					rs.getObject(3, UUID.class), ProposalStatus.valueOf(rs.getString(4))))
			.list();
		Map<UUID, VacancyView> vacancies = new HashMap<>();
		this.vacancies.findAll(steps.stream().map(Step::vacancyId).distinct().toList())
			.forEach((v) -> vacancies.put(v.id(), v));
		Map<UUID, GenderCounts> placed = this.activities.placementsByEmployer(projectId);
		Map<UUID, GenderCounts> hired = new HashMap<>();
		GenderCounts hiredHidden = GenderCounts.ZERO;
		GenderCounts hiredAdvertised = GenderCounts.ZERO;
		for (Step hire : distinct(steps, Set.of(ProposalStatus.HIRED))) {
			VacancyView v = vacancies.get(hire.vacancyId());
			hired.merge(v.employerId(), GenderCounts.ZERO.plus(hire.gender(), 1), GenderCounts::plus);
			if (v.source() == VacancySource.HIDDEN) {
				hiredHidden = hiredHidden.plus(hire.gender(), 1);
			}
			else {
				hiredAdvertised = hiredAdvertised.plus(hire.gender(), 1);
			}
		}
		Set<UUID> ids = new HashSet<>(placed.keySet());
		ids.addAll(hired.keySet());
		Map<UUID, String> names = this.employers.names(ids);
		List<EmployerFigures.EmployerRow> rows = new ArrayList<>();
		for (UUID id : ids) {
			rows.add(new EmployerFigures.EmployerRow(id, names.get(id), placed.getOrDefault(id, GenderCounts.ZERO),
					hired.getOrDefault(id, GenderCounts.ZERO)));
		}
		rows.sort(Comparator.comparing(EmployerFigures.EmployerRow::name));
		long repeat = rows.stream().filter(EmployerFigures.EmployerRow::repeat).count();
		List<String> municipalities = this.projects.municipalityCodes(projectId);
		return new EmployerFigures(rows, repeat, this.employers.countIn(municipalities),
				this.contacts.employersContacted(projectId, municipalities), hiredHidden, hiredAdvertised,
				count(distinct(steps, Set.of(ProposalStatus.PROPOSED))),
				count(distinct(steps, Set.of(ProposalStatus.INTERVIEW, ProposalStatus.OFFERED, ProposalStatus.HIRED))),
				count(distinct(steps, Set.of(ProposalStatus.HIRED))));
	}

	/** One step per participant and vacancy that reached any of the statuses. */
	private static List<Step> distinct(List<Step> steps, Set<ProposalStatus> reached) {
		Map<List<UUID>, Step> once = new HashMap<>();
		steps.stream()
			.filter((s) -> reached.contains(s.reached()))
			.forEach((s) -> once.putIfAbsent(List.of(s.vacancyId(), s.participantId()), s));
		return List.copyOf(once.values());
	}

	private static GenderCounts count(List<Step> steps) {
		return steps.stream()
			.map((s) -> GenderCounts.ZERO.plus(s.gender(), 1))
			.reduce(GenderCounts.ZERO, GenderCounts::plus);
	}

}
