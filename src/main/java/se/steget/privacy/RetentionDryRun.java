package se.steget.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.steget.core.PersonalColumn;

/**
 * What a retention run today would do: the expired projects and their people, the people
 * registered long ago but never enrolled, what would be removed in all, and what is kept
 * for the statistics.
 *
 * @param projects the expired projects, the earliest expiry first
 * @param neverEnrolled people registered before the limit who were never enrolled
 * @param disposable what would be removed, by kind of record
 * @param kept the columns that stay, by table
 */
public record RetentionDryRun(List<ExpiredProject> projects, int neverEnrolled, Map<String, Long> disposable,
		List<PersonalColumn> kept) {

	/** What would be removed, by the message key that names its kind on the page. */
	public Map<String, Long> disposableByMessageKey() {
		Map<String, Long> named = new LinkedHashMap<>();
		this.disposable.forEach((kind, n) -> named.put("retention.disposable." + kind, n));
		return named;
	}

	public boolean nothingToDo() {
		return this.projects.stream().allMatch((p) -> p.participants() == 0) && this.neverEnrolled == 0
				&& this.disposable.values().stream().allMatch((n) -> n == 0);
	}

}
