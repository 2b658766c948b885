package se.steget.enrollment;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Enrollments extends CrudRepository<Enrollment, UUID> {

}
