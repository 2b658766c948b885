package se.steget.casework;

/**
 * The part of life an action plan's goal or step belongs to.
 */
public enum PlanArea {

	WORK, PRIVATE_LIFE

}
