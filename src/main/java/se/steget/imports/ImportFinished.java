package se.steget.imports;

import java.util.UUID;

/**
 * An import was committed: how many records it made and changed. Published in the
 * import's transaction.
 */
public record ImportFinished(UUID importId, String recordKind, int created, int updated) {
}
