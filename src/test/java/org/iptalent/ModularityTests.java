package org.iptalent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the module diagrams in docs/modules are regenerated from the code. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(IpTalentApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** Modules contribute demo data through the platform's {@code DemoDataContributor}: nothing depends on the demo. */
    @Test
    void noModuleDependsOnTheDemoData() {
        assertThat(modules.stream().filter(module -> module.getDirectDependencies(modules).containsModuleNamed("demo"))
                .map(ApplicationModule::getDisplayName)).isEmpty();
        assertThat(modules.getModuleByName("demo").orElseThrow().getDirectDependencies(modules)
                .containsModuleNamed("platform")).isTrue();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
