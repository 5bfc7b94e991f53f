package org.zhiben;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ZhibenApplication.class);

    /** No cycles, and modules use each other only through their root-package API. */
    @Test
    void modulesRespectTheirBoundaries() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("common", "identity", "directory", "audit", "notify", "risk", "demo");
        modules.verify();
    }

    /** Regenerates docs/modules (PlantUML diagrams and module canvases), kept in the repository. */
    @Test
    void writeModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
    }
}
