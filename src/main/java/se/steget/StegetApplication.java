package se.steget;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Steget: case management and outcome follow-up for labour-market projects.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class StegetApplication {

	public static void main(String[] args) {
		SpringApplication.run(StegetApplication.class, args);
	}

}
