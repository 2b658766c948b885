package se.steget.casework;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface StaffTimes extends CrudRepository<StaffTime, UUID> {

}
