package org.zhiben;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.ClassUtils;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ZhibenApplication.class);

    /** No cycles, and modules use each other only through their root-package API. */
    @Test
    void modulesRespectTheirBoundaries() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder("common",
                "identity", "audit", "directory", "notify", "risk", "inspection", "hazard", "insight", "demo", "accident",
                "tip", "campaign", "expert", "standardization", "monitoring", "enforcement", "training");
        modules.verify();
    }

    /**
     * Listeners of another module's events run after commit ({@code @ApplicationModuleListener}); the synchronous ones
     * are exactly the deliberate exceptions listed, with their reasons, in docs/architecture.md section 5.
     */
    @Test
    void synchronousCrossModuleListenersAreTheDocumentedExceptions() {
        Set<String> synchronous = new TreeSet<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        for (var candidate : scanner.findCandidateComponents("org.zhiben")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            for (Method m : type.getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(m, EventListener.class)
                        && !AnnotatedElementUtils.hasAnnotation(m, TransactionalEventListener.class)
                        && m.getParameterCount() == 1
                        && !module(m.getParameterTypes()[0]).equals(module(type))
                        && m.getParameterTypes()[0].getName().startsWith("org.zhiben.")) {
                    synchronous.add(type.getSimpleName() + "(" + m.getParameterTypes()[0].getSimpleName() + ")");
                }
            }
        }
        assertThat(synchronous).containsExactlyInAnyOrder("HazardSummary(HazardChanged)",
                "EnterpriseStats(EnterpriseRegistered)", "EnterpriseStats(EnterpriseUpdated)",
                "EnterpriseStats(EnterpriseRiskChanged)", "InspectionActivity(InspectionTaskClosed)",
                "InspectionActivity(InspectionRecorded)", "MeasureScheduleSync(ControlMeasureChanged)");
    }

    private static String module(Class<?> type) {
        return type.getName().split("\\.")[2];
    }

    /**
     * Writes the PlantUML diagrams and module canvases: into docs/modules (kept in the repository) with
     * {@code -Dmodules.update=true}, otherwise into target/modules, so an ordinary run leaves the work tree alone
     * (the Documenter's order of entries varies from run to run).
     */
    @Test
    void writeModuleDocumentation() {
        String folder = Boolean.getBoolean("modules.update") ? "docs/modules" : "target/modules";
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
    }
}
