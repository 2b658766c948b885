package se.steget.casework;

/**
 * What a contact was for: an individual conversation for guidance, assessment or support,
 * a follow-up, or something else.
 */
public enum ContactKind {

	GUIDANCE_CONVERSATION, ASSESSMENT_CONVERSATION, SUPPORT_CONVERSATION, FOLLOW_UP, OTHER

}
