/**
 * Participants: identity (personal identity or coordination number), name, gender, birth
 * date, home municipality and protected identity.
 */
package se.steget.participant;
