package se.steget.project;

import java.util.UUID;

/**
 * A project was created, from the template with this key or from none (null), so that
 * other modules can give it their defaults.
 */
public record ProjectCreated(UUID projectId, String templateKey) {

}
