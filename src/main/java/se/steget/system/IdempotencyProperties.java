package se.steget.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the API keeps the answer to a creating request sent with an
 * {@code Idempotency-Key} ({@code steget.api.idempotency-key-lifetime}); a repeat within
 * that time gets the same answer.
 */
@ConfigurationProperties("steget.api")
record IdempotencyProperties(@DefaultValue("24h") Duration idempotencyKeyLifetime) {

}
