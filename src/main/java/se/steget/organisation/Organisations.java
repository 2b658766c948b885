package se.steget.organisation;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Organisations extends CrudRepository<Organisation, UUID> {

}
