package se.steget.project;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Tracks extends CrudRepository<Track, UUID> {

	List<Track> findByProjectIdOrderByPosition(UUID projectId);

}
