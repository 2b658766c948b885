package se.steget.casework;

public enum StepStatus {

	PLANNED, STARTED, DONE, DROPPED

}
