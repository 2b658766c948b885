package se.steget;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(StegetApplication.class);

	@Test
	void keepsModuleBoundaries() {
		this.modules.verify();
	}

	@Test
	void hasTheFeatureModules() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("access",
				"organisation", "project", "participant", "enrollment", "system");
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
