package se.steget.participant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Participants extends CrudRepository<Participant, UUID> {

	Optional<Participant> findByPersonalIdentityNumber(String personalIdentityNumber);

	List<Participant> findByPersonalIdentityNumberIn(Collection<String> personalIdentityNumbers);

	Optional<Participant> findByExternalId(String externalId);

	List<Participant> findByExternalIdIn(Collection<String> externalIds);

}
