package se.steget.employer;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Employers extends CrudRepository<Employer, UUID> {

}
