package se.steget.core;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Saving an aggregate that two users may change at once: when the other saved first, the
 * later save is refused as a stale edit (next to the form's {@code version} field), never
 * a server error and never silently overwriting.
 */
public final class StaleEdits {

	private StaleEdits() {
	}

	/** Removes an aggregate, refused as stale when another user changed it first. */
	public static void removed(Runnable remove) {
		refused(() -> {
			remove.run();
			return null;
		});
	}

	public static <T> T refused(Supplier<T> save) {
		try {
			return save.get();
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			throw new StaleEditException();
		}
	}

}
