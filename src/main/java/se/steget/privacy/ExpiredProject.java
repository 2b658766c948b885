package se.steget.privacy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A project whose personal data has passed its retention, with how many people a run
 * would anonymise.
 *
 * @param participants people to anonymise: all their enrollments are in expired projects
 */
public record ExpiredProject(UUID projectId, String name, LocalDate expiredOn, int participants) {

}
