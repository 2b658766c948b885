package se.steget.casework;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Assessments extends CrudRepository<Assessment, UUID> {

}
