package se.steget;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Steget: case management and outcome follow-up for labour-market projects.
 */
@SpringBootApplication
@Modulithic(sharedModules = "core")
@ConfigurationPropertiesScan
public class StegetApplication {

	public static void main(String[] args) {
		SpringApplication.run(StegetApplication.class, args);
	}

}
