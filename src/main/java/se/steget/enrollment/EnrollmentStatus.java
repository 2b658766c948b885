package se.steget.enrollment;

public enum EnrollmentStatus {

	INTAKE, ACTIVE, EXITED

}
