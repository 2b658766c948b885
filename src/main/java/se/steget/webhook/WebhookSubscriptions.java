package se.steget.webhook;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface WebhookSubscriptions extends ListCrudRepository<WebhookSubscription, UUID> {

}
