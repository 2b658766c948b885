package se.steget.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a manager enters for an assessment scale.
 */
public class ScaleForm {

	@NotBlank(message = "{error.required}")
	@Size(max = 100, message = "{error.tooLong}")
	private String name;

	@Size(max = 1000, message = "{error.tooLong}")
	private String description;

	@NotNull(message = "{error.required}")
	private Integer minValue;

	@NotNull(message = "{error.required}")
	private Integer maxValue;

	private boolean higherIsBetter = true;

	public ScaleForm() {
	}

	public ScaleForm(String name, String description, Integer minValue, Integer maxValue, boolean higherIsBetter) {
		this.name = name;
		this.description = description;
		this.minValue = minValue;
		this.maxValue = maxValue;
		this.higherIsBetter = higherIsBetter;
	}

	static ScaleForm of(ScaleView scale) {
		return new ScaleForm(scale.name(), scale.description(), scale.minValue(), scale.maxValue(),
				scale.higherIsBetter());
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getMinValue() {
		return this.minValue;
	}

	public void setMinValue(Integer minValue) {
		this.minValue = minValue;
	}

	public Integer getMaxValue() {
		return this.maxValue;
	}

	public void setMaxValue(Integer maxValue) {
		this.maxValue = maxValue;
	}

	public boolean isHigherIsBetter() {
		return this.higherIsBetter;
	}

	public void setHigherIsBetter(boolean higherIsBetter) {
		this.higherIsBetter = higherIsBetter;
	}

}
