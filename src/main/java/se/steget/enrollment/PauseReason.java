package se.steget.enrollment;

public enum PauseReason {

	SICK_LEAVE, PARENTAL_LEAVE, OTHER

}
