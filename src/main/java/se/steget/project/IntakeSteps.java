package se.steget.project;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface IntakeSteps extends CrudRepository<IntakeStep, UUID> {

	List<IntakeStep> findByProjectIdOrderByPosition(UUID projectId);

}
