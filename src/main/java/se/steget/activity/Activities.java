package se.steget.activity;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Activities extends CrudRepository<Activity, UUID> {

}
