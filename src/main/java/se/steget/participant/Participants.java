package se.steget.participant;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Participants extends CrudRepository<Participant, UUID> {

	List<Participant> findByPersonalIdentityNumberIn(Collection<String> personalIdentityNumbers);

	List<Participant> findByExternalIdIn(Collection<String> externalIds);

}
