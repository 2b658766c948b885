package se.steget.imports;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import se.steget.core.PersonalData;

/**
 * Whether modules hold personal data of people, as their register extracts say: what
 * keeps an import of them, or of their cases, from being undone.
 */
@Component
class HeldElsewhere {

	private final ObjectProvider<PersonalData> personalData;

	HeldElsewhere(ObjectProvider<PersonalData> personalData) {
		this.personalData = personalData;
	}

	/**
	 * How many of the people have data in a module other than these packages (given by
	 * name: {@code se.steget.participant}).
	 */
	long count(Collection<UUID> people, Set<String> notHolding) {
		return people.stream().distinct().filter((person) -> held(person, notHolding)).count();
	}

	private boolean held(UUID person, Set<String> notHolding) {
		return this.personalData.stream()
			.filter((data) -> !notHolding.contains(ClassUtils.getUserClass(data).getPackageName()))
			.flatMap((data) -> data.describe(person).values().stream())
			.anyMatch((rows) -> !rows.isEmpty());
	}

}
