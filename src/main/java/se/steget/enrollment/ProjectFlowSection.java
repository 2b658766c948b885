package se.steget.enrollment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.steget.core.SmallCells;
import se.steget.access.AccessScope;
import se.steget.core.Gender;
import se.steget.core.GenderCounts;
import se.steget.project.IntakeManagement;
import se.steget.project.ProjectPageSection;
import se.steget.project.TrackManagement;

/**
 * The project's flow, intake steps to tracks to exit, with counts by gender: set-based,
 * one query per kind of stage.
 */
@Component
class ProjectFlowSection implements ProjectPageSection {

	private final JdbcClient jdbc;

	private final IntakeManagement intake;

	private final TrackManagement tracks;

	private final SmallCells smallCells;

	ProjectFlowSection(JdbcClient jdbc, IntakeManagement intake, TrackManagement tracks, SmallCells smallCells) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.tracks = tracks;
		this.smallCells = smallCells;
	}

	@Override
	public void contribute(UUID projectId, AccessScope scope, Model model) {
		model.addAttribute("flow", flow(projectId));
		model.addAttribute("cellThreshold", this.smallCells.thresholdFor(scope.seesSuppressedFigures()));
	}

	List<FlowStage> flow(UUID projectId) {
		Map<UUID, GenderCounts> passed = counts(
				"select r.step_id as stage, p.gender, count(*) as n from intake_record r"
						+ " join enrollment e on e.id = r.enrollment_id join participant p on p.id = e.participant_id"
						+ " where e.project_id = ? and r.outcome = 'PASSED' group by r.step_id, p.gender",
				projectId);
		Map<UUID, GenderCounts> entered = counts("select c.to_track_id as stage, p.gender,"
				+ " count(distinct c.enrollment_id) as n from track_change c join enrollment e on e.id = c.enrollment_id"
				+ " join participant p on p.id = e.participant_id where e.project_id = ?"
				+ " group by c.to_track_id, p.gender", projectId);
		Map<UUID, GenderCounts> inTrack = counts("select e.track_id as stage, p.gender, count(*) as n from enrollment e"
				+ " join participant p on p.id = e.participant_id where e.project_id = ? and e.status = 'ACTIVE'"
				+ " and e.track_id is not null group by e.track_id, p.gender", projectId);
		Map<UUID, GenderCounts> exited = counts(
				"select e.project_id as stage, p.gender, count(*) as n from enrollment e"
						+ " join participant p on p.id = e.participant_id where e.project_id = ? and e.status = 'EXITED'"
						+ " and e.exit_reason not in ('DECLINED_AT_INTAKE', 'WITHDREW_AT_INTAKE') group by e.project_id, p.gender",
				projectId);
		List<FlowStage> stages = new ArrayList<>();
		this.intake.steps(projectId)
			.forEach((step) -> stages
				.add(new FlowStage("INTAKE", step.name(), of(passed, step.id()), GenderCounts.ZERO)));
		this.tracks.tracks(projectId)
			.forEach((track) -> stages
				.add(new FlowStage("TRACK", track.name(), of(entered, track.id()), of(inTrack, track.id()))));
		stages.add(new FlowStage("EXIT", null, of(exited, projectId), GenderCounts.ZERO));
		return stages;
	}

	private Map<UUID, GenderCounts> counts(String sql, UUID projectId) {
		Map<UUID, GenderCounts> counts = new HashMap<>();
		this.jdbc.sql(sql)
			.param(projectId)
			.query(Cell.class)
			.list()
			.forEach((cell) -> counts.merge(cell.stage(), GenderCounts.ZERO.plus(cell.gender(), cell.n()),
					GenderCounts::plus));
		return counts;
	}

	private static GenderCounts of(Map<UUID, GenderCounts> counts, UUID stage) {
		return counts.getOrDefault(stage, GenderCounts.ZERO);
	}

	private record Cell(UUID stage, Gender gender, long n) {
	}

}
