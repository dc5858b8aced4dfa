package org.iptalent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold; the diagram in docs/modules.md is the code's (this test says what to put there when
 * it is not), and Spring Modulith's own diagrams are written to target/modulith-docs.
 */
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

    /** The modules and who uses whom, as docs/modules.md draws it: a Mermaid chart, every module's use of the shared kernel left out. */
    @Test
    void theModuleDiagramInTheDocsIsTheCodes() throws IOException {
        StringBuilder chart = new StringBuilder("```mermaid\nflowchart TD\n");
        modules.stream().sorted(Comparator.comparing(ModularityTests::name)).forEach(module -> chart
                .append("  ").append(name(module)).append("[\"").append(module.getDisplayName()).append(" · ")
                .append(name(module)).append("\"]\n"));
        modules.stream().sorted(Comparator.comparing(ModularityTests::name)).forEach(module -> module
                .getDirectDependencies(modules).uniqueModules().map(ModularityTests::name)
                .filter(name -> !name.equals("shared")).sorted().collect(Collectors.toList())
                .forEach(used -> chart.append("  ").append(name(module)).append(" --> ").append(used).append('\n')));
        String diagram = chart.append("```").toString();
        assertThat(Files.readString(Path.of("docs/modules.md")))
                .as("docs/modules.md draws the modules as they are: put this diagram in it\n%s", diagram)
                .contains(diagram);
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}
