package se.steget.project;

import java.util.UUID;

/**
 * An intake step as other modules and pages see it.
 */
public record IntakeStepView(UUID id, int position, String name) {

}
