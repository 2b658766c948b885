package se.steget;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(StegetApplication.class);

	@Test
	void keepsModuleBoundariesAndDeclaredDependencies() {
		this.modules.verify();
	}

	@Test
	void hasEveryModule() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"core", "access", "organisation", "project", "participant", "enrollment", "casework", "activity",
				"outcome", "employer", "matching", "reporting", "evaluation", "privacy", "system", "webhook", "imports",
				"demo", "benchmark");
	}

	@Test
	void coreIsShared() {
		assertThat(this.modules.getSharedModules()).extracting((module) -> module.getIdentifier().toString())
			.containsExactly("core");
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
