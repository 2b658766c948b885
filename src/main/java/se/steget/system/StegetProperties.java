package se.steget.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web layer.
 *
 * @param smallCellThreshold counts from 1 to below this number are hidden in aggregate
 * views
 */
@ConfigurationProperties("steget")
record StegetProperties(@DefaultValue("5") int smallCellThreshold) {

}
