package se.steget.project;

import java.util.UUID;

/**
 * An assessment scale of a project: whole steps from the lowest to the highest value.
 *
 * @param higherIsBetter whether a higher value is progress (language level) or not
 * (distance to the labour market)
 */
public record ScaleView(UUID id, UUID projectId, String name, String description, int minValue, int maxValue,
		boolean higherIsBetter, int version) {

	public boolean contains(int value) {
		return value >= this.minValue && value <= this.maxValue;
	}

	/** The steps of progress from one value to another: positive is better. */
	public int progression(int from, int to) {
		return this.higherIsBetter ? to - from : from - to;
	}

}
