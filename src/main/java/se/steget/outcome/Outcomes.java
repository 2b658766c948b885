package se.steget.outcome;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Outcomes extends CrudRepository<Outcome, UUID> {

}
