package se.steget.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.steget.core.SmallCells;
import se.steget.access.AccessScope;
import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.GenderCounts;
import se.steget.core.ParticipantAttributes;
import se.steget.core.SwedishLevel;
import se.steget.project.PriorityGroupManagement;
import se.steget.project.PriorityGroupView;
import se.steget.project.ProjectPageSection;

/**
 * Shows on the project page the recruitment against the quota and the share from each
 * priority group, by gender; to the steering group with small cells hidden.
 */
@Component
class ProjectRecruitmentSection implements ProjectPageSection {

	private static final String RECRUITED = "select p.gender, p.birth_date, p.birth_region, p.education_level,"
			+ " p.disability, p.months_unemployed, p.swedish_level, e.start_date from enrollment e"
			+ " join participant p on p.id = e.participant_id where e.project_id = ? and (e.status = 'ACTIVE'"
			+ " or (e.status = 'EXITED' and e.exit_reason not in ('DECLINED_AT_INTAKE', 'WITHDREW_AT_INTAKE')))";

	private final JdbcClient jdbc;

	private final PriorityGroupManagement groups;

	private final SmallCells smallCells;

	ProjectRecruitmentSection(JdbcClient jdbc, PriorityGroupManagement groups, SmallCells smallCells) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.smallCells = smallCells;
	}

	@Override
	public void contribute(UUID projectId, AccessScope scope, Model model) {
		model.addAttribute("recruitment", recruitment(projectId));
		model.addAttribute("cellThreshold", this.smallCells.thresholdFor(scope.seesSuppressedFigures()));
	}

	Recruitment recruitment(UUID projectId) {
		List<Recruit> recruits = this.jdbc.sql(RECRUITED).param(projectId).query(Recruit.class).list();
		GenderCounts all = GenderCounts.ZERO;
		for (Recruit recruit : recruits) {
			all = all.plus(recruit.gender(), 1);
		}
		List<Recruitment.GroupCount> counts = this.groups.groups(projectId)
			.stream()
			.map((group) -> count(group, recruits))
			.toList();
		return new Recruitment(all, counts);
	}

	private static Recruitment.GroupCount count(PriorityGroupView group, List<Recruit> recruits) {
		GenderCounts counts = GenderCounts.ZERO;
		for (Recruit recruit : recruits) {
			if (group.matches(recruit.attributes(), recruit.startDate())) {
				counts = counts.plus(recruit.gender(), 1);
			}
		}
		return new Recruitment.GroupCount(group, counts);
	}

	private record Recruit(Gender gender, LocalDate birthDate, BirthRegion birthRegion, EducationLevel educationLevel,
			Boolean disability, Integer monthsUnemployed, SwedishLevel swedishLevel, LocalDate startDate) {

		ParticipantAttributes attributes() {
			return new ParticipantAttributes(this.gender, this.birthDate, this.birthRegion, this.educationLevel,
					this.disability, this.monthsUnemployed, this.swedishLevel);
		}

	}

}
