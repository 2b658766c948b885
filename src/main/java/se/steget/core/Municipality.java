package se.steget.core;

/**
 * A Swedish municipality with its SCB code (4 digits) and county (2 digits).
 */
public record Municipality(String code, String name, String countyCode, String countyName) {

}
