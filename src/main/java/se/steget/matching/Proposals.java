package se.steget.matching;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Proposals extends CrudRepository<Proposal, UUID> {

}
