package se.steget.project;

public enum ProjectPhase {

	MOBILISATION, IMPLEMENTATION, CLOSED

}
