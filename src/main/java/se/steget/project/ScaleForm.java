package se.steget.project;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.steget.core.Difference;

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

	/** The version of the scale the form was loaded with, when changing it. */
	private Integer version;

	static ScaleForm of(ScaleView scale) {
		var form = new ScaleForm(scale.name(), scale.description(), scale.minValue(), scale.maxValue(),
				scale.higherIsBetter());
		form.version = scale.version();
		return form;
	}

	/** The fields saved differently from what this form says, after a stale save. */
	List<Difference> differencesFrom(ScaleForm saved) {
		return Difference.builder()
			.text("scale.name", saved.name, this.name)
			.text("scale.description", saved.description, this.description)
			.text("scale.minValue", saved.minValue, this.minValue)
			.text("scale.maxValue", saved.maxValue, this.maxValue)
			.flag("scale.higherIsBetter", saved.higherIsBetter, this.higherIsBetter)
			.list();
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
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
