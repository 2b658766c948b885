package se.steget.webhook;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface WebhookSubscriptions extends ListCrudRepository<WebhookSubscription, UUID> {

	List<WebhookSubscription> findByEnabledTrue();

}
