package se.steget.reporting;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import se.steget.outcome.OutcomeKind;

/**
 * What a project manager enters to set a goal.
 */
public class GoalForm {

	@NotBlank(message = "{error.required}")
	@Size(max = 200, message = "{error.tooLong}")
	private String name;

	@NotNull(message = "{error.required}")
	private GoalPopulation population = GoalPopulation.STARTERS;

	private UUID priorityGroupId;

	@NotNull(message = "{error.required}")
	private GoalMeasure measure = GoalMeasure.OUTCOME;

	private Set<OutcomeKind> outcomeKinds = EnumSet.noneOf(OutcomeKind.class);

	@Positive(message = "{error.positive}")
	@Max(value = 3650, message = "{error.daysAfterExit}")
	private Integer daysAfterExit;

	@Min(value = 1, message = "{error.percent}")
	@Max(value = 100, message = "{error.percent}")
	private Integer targetPercent;

	@Positive(message = "{error.positive}")
	private Integer targetCount;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public GoalPopulation getPopulation() {
		return this.population;
	}

	public void setPopulation(GoalPopulation population) {
		this.population = population;
	}

	public UUID getPriorityGroupId() {
		return this.priorityGroupId;
	}

	public void setPriorityGroupId(UUID priorityGroupId) {
		this.priorityGroupId = priorityGroupId;
	}

	public GoalMeasure getMeasure() {
		return this.measure;
	}

	public void setMeasure(GoalMeasure measure) {
		this.measure = measure;
	}

	public Set<OutcomeKind> getOutcomeKinds() {
		return this.outcomeKinds;
	}

	public void setOutcomeKinds(Set<OutcomeKind> outcomeKinds) {
		this.outcomeKinds = outcomeKinds;
	}

	public Integer getDaysAfterExit() {
		return this.daysAfterExit;
	}

	public void setDaysAfterExit(Integer daysAfterExit) {
		this.daysAfterExit = daysAfterExit;
	}

	public Integer getTargetPercent() {
		return this.targetPercent;
	}

	public void setTargetPercent(Integer targetPercent) {
		this.targetPercent = targetPercent;
	}

	public Integer getTargetCount() {
		return this.targetCount;
	}

	public void setTargetCount(Integer targetCount) {
		this.targetCount = targetCount;
	}

}
