package se.steget.casework;

public enum ContactChannel {

	VISIT, PHONE, EMAIL, VIDEO, MESSAGE

}
