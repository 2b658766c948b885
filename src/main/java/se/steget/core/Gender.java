package se.steget.core;

/**
 * Gender as recorded for ESF+ statistics; every figure about people is broken down by it.
 */
public enum Gender {

	WOMAN, MAN, NON_BINARY, NOT_STATED

}
