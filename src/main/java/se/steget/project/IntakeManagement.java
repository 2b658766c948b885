package se.steget.project;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.Difference;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;

/**
 * A project's intake: ordered steps, each of which a person passes, or is declined or
 * withdraws at.
 */
@Service
@Transactional(readOnly = true)
public class IntakeManagement {

	private final IntakeSteps steps;

	private final ProjectManagement projects;

	IntakeManagement(IntakeSteps steps, ProjectManagement projects) {
		this.steps = steps;
		this.projects = projects;
	}

	/**
	 * The project's intake steps in order. Callers have checked that the user sees the
	 * project.
	 */
	public List<IntakeStepView> steps(UUID projectId) {
		return this.steps.findByProjectIdOrderByPosition(projectId).stream().map(IntakeStep::view).toList();
	}

	/**
	 * Sets the steps from their names in order: a step keeps its identity while its name
	 * is kept; a step that people have passed cannot be removed.
	 */
	@Transactional
	public void replace(UUID projectId, IntakeForm form, AccessScope scope) {
		this.projects.get(projectId, scope);
		ProjectManagement.requireManager(projectId, scope);
		List<String> seen = steps(projectId).stream().map(IntakeStepView::name).toList();
		if (form.getVersion() != null && form.getVersion() != IntakeForm.versionOf(seen)) {
			throw new StaleEditException();
		}
		List<String> names = form.names();
		if (new HashSet<>(names).size() < names.size()) {
			throw new RejectedInputException("steps", "error.duplicateStep");
		}
		if (names.stream().anyMatch((name) -> name.length() > 100)) {
			throw new RejectedInputException("steps", "error.stepTooLong");
		}
		Map<String, IntakeStep> existing = this.steps.findByProjectIdOrderByPosition(projectId)
			.stream()
			.collect(Collectors.toMap(IntakeStep::getName, Function.identity()));
		existing.values().stream().filter((step) -> !names.contains(step.getName())).forEach(this::remove);
		for (int i = 0; i < names.size(); i++) {
			IntakeStep step = existing.get(names.get(i));
			if (step == null) {
				step = IntakeStep.add(projectId, i + 1, names.get(i));
			}
			else {
				step.moveTo(i + 1);
			}
			this.steps.save(step);
		}
	}

	IntakeForm form(UUID projectId, AccessScope scope) {
		this.projects.get(projectId, scope);
		ProjectManagement.requireManager(projectId, scope);
		return IntakeForm.of(steps(projectId).stream().map(IntakeStepView::name).toList());
	}

	/**
	 * After a stale save: the steps as they are now beside what the user typed, with the
	 * form moved on to their version.
	 */
	List<Difference> differences(UUID projectId, IntakeForm typed, AccessScope scope) {
		IntakeForm saved = form(projectId, scope);
		typed.setVersion(saved.getVersion());
		return Difference.builder()
			.text("intake.steps", String.join(", ", saved.names()), String.join(", ", typed.names()))
			.list();
	}

	@Transactional
	void copy(UUID projectId, List<String> names) {
		for (int i = 0; i < names.size(); i++) {
			this.steps.save(IntakeStep.add(projectId, i + 1, names.get(i)));
		}
	}

	private void remove(IntakeStep step) {
		try {
			this.steps.delete(step);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RejectedInputException("steps", "error.stepInUse");
		}
	}

}
