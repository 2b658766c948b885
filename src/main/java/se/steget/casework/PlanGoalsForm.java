package se.steget.casework;

import java.util.List;

import jakarta.validation.constraints.Size;

import se.steget.core.Difference;

/**
 * The plan's goals as the participant and the coach write them.
 */
public class PlanGoalsForm {

	@Size(max = 1000, message = "{error.tooLong}")
	private String workLongTerm;

	@Size(max = 1000, message = "{error.tooLong}")
	private String workShortTerm;

	@Size(max = 1000, message = "{error.tooLong}")
	private String lifeLongTerm;

	@Size(max = 1000, message = "{error.tooLong}")
	private String lifeShortTerm;

	/** The revision of the plan the form was loaded with. */
	private Integer version;

	PlanGoals goals() {
		return new PlanGoals(this.workLongTerm, this.workShortTerm, this.lifeLongTerm, this.lifeShortTerm);
	}

	static PlanGoalsForm of(PlanView plan) {
		var form = new PlanGoalsForm();
		form.workLongTerm = plan.workLongTerm();
		form.workShortTerm = plan.workShortTerm();
		form.lifeLongTerm = plan.lifeLongTerm();
		form.lifeShortTerm = plan.lifeShortTerm();
		form.version = plan.revision();
		return form;
	}

	/** The goals saved differently from what this form says, after a stale save. */
	List<Difference> differencesFrom(PlanGoalsForm saved) {
		return Difference.builder()
			.text("plan.workLongTerm", saved.workLongTerm, this.workLongTerm)
			.text("plan.workShortTerm", saved.workShortTerm, this.workShortTerm)
			.text("plan.lifeLongTerm", saved.lifeLongTerm, this.lifeLongTerm)
			.text("plan.lifeShortTerm", saved.lifeShortTerm, this.lifeShortTerm)
			.list();
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getWorkLongTerm() {
		return this.workLongTerm;
	}

	public void setWorkLongTerm(String workLongTerm) {
		this.workLongTerm = workLongTerm;
	}

	public String getWorkShortTerm() {
		return this.workShortTerm;
	}

	public void setWorkShortTerm(String workShortTerm) {
		this.workShortTerm = workShortTerm;
	}

	public String getLifeLongTerm() {
		return this.lifeLongTerm;
	}

	public void setLifeLongTerm(String lifeLongTerm) {
		this.lifeLongTerm = lifeLongTerm;
	}

	public String getLifeShortTerm() {
		return this.lifeShortTerm;
	}

	public void setLifeShortTerm(String lifeShortTerm) {
		this.lifeShortTerm = lifeShortTerm;
	}

}
