package se.steget.employer;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Vacancies extends CrudRepository<Vacancy, UUID> {

}
