package se.steget.access;

/**
 * What a user did: looked at one person, looked at a list or report, exported, changed,
 * showed a protected identity, or tried one of these and was refused (an attempt: the
 * request was answered with an error or sent elsewhere, so nothing was shown or changed).
 */
public enum AuditAction {

	VIEW, LIST, EXPORT, CHANGE, REVEAL, ATTEMPT

}
