package se.steget.employer;

public enum VacancyStatus {

	OPEN, FILLED, CLOSED

}
