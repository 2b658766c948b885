package se.steget.project;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;

/**
 * One step of a project's intake, such as an information meeting or an in-depth
 * interview.
 */
class IntakeStep implements Persistable<UUID> {

	@Id
	private UUID id;

	private UUID projectId;

	private int position;

	private String name;

	@Transient
	private boolean isNew;

	@PersistenceCreator
	IntakeStep() {
	}

	static IntakeStep add(UUID projectId, int position, String name) {
		var step = new IntakeStep();
		step.id = UUID.randomUUID();
		step.projectId = projectId;
		step.position = position;
		step.name = name;
		step.isNew = true;
		return step;
	}

	void moveTo(int position) {
		this.position = position;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	String getName() {
		return this.name;
	}

	IntakeStepView view() {
		return new IntakeStepView(this.id, this.position, this.name);
	}

}
