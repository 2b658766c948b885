package se.steget.matching;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface JobProfiles extends CrudRepository<JobProfile, UUID> {

}
