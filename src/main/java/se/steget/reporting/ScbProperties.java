package se.steget.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the monthly report to Statistics Sweden.
 *
 * @param protectedIdentityPlaceholder what the report shows instead of the number of a
 * person with protected identity
 */
@ConfigurationProperties("steget.scb")
record ScbProperties(@DefaultValue("00000000-0000") String protectedIdentityPlaceholder) {

}
