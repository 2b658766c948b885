package se.steget.enrollment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Enrollments extends CrudRepository<Enrollment, UUID> {

	List<Enrollment> findByParticipantId(UUID participantId);

}
