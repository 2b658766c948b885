package se.steget.casework;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Documents extends CrudRepository<Document, UUID> {

}
