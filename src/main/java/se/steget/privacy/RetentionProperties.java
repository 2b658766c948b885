package se.steget.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of retention.
 *
 * @param cron when the nightly run starts, in Swedish time
 * @param unenrolledMonths how long a person registered but never enrolled is kept
 */
@ConfigurationProperties("steget.retention")
record RetentionProperties(@DefaultValue("0 30 2 * * *") String cron, @DefaultValue("12") int unenrolledMonths) {

}
