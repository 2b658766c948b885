package se.steget.participant;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Participants extends CrudRepository<Participant, UUID> {

	Optional<Participant> findByPersonalIdentityNumber(String personalIdentityNumber);

}
