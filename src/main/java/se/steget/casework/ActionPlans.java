package se.steget.casework;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface ActionPlans extends CrudRepository<ActionPlan, UUID> {

}
