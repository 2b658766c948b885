package se.steget.access;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface UserAccounts extends CrudRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

}
