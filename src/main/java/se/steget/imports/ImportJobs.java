package se.steget.imports;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ImportJobs extends ListCrudRepository<ImportJob, UUID> {

	List<ImportJob> findTop50ByCreatedByOrderByCreatedAtDesc(UUID createdBy);

}
