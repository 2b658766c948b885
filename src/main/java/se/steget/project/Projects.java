package se.steget.project;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Projects extends CrudRepository<Project, UUID> {

}
