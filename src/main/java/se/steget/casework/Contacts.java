package se.steget.casework;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Contacts extends CrudRepository<Contact, UUID> {

}
