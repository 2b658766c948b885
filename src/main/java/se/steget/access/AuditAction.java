package se.steget.access;

/**
 * What a user did: looked at one person, looked at a list or report, exported, or
 * changed.
 */
public enum AuditAction {

	VIEW, LIST, EXPORT, CHANGE, REVEAL

}
