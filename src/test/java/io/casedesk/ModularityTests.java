package io.casedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The module walls of ARCHITECTURE.md. Spring Modulith checks what it can express: each top-level
 * package under {@code io.casedesk} is a module whose base package is its API, subpackages are
 * internal unless a {@code @NamedInterface} exposes them, only the dependencies a module's
 * {@code package-info.java} allows, and no cycles. ArchUnit rules on the compiled classes check the
 * rest. The module diagrams in {@code docs/modules/} are written from the same model.
 */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(CasedeskApplication.class);

    static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.casedesk");

    @Test
    void modulesKeepTheirWalls() {
        modules.verify();
    }

    /** So that a later move to a maintained Camunda 7 line stays mechanical. */
    @Test
    void engineInternalsAreUsedOnlyInPlatform() {
        noClasses().that().resideOutsideOfPackage("io.casedesk.platform..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .check(classes);
    }

    /**
     * Business-time arithmetic stays testable without a container or an engine. The package-info's
     * {@code @NamedInterface} is build metadata, not code the calendars run.
     */
    @Test
    void businessCalendarsArePlainJava() {
        noClasses().that().resideInAPackage("io.casedesk.sla.calendar..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.camunda..")
                .check(classes);
    }

    /**
     * A module's domain classes leave the engine to its {@code process} package ({@code CaseProcess},
     * {@code SlaDecisionTables}, {@code ComplaintProcessStarter}). The escalation module is being
     * rebuilt around its BPMN model and is not held to this yet.
     */
    @Test
    void domainClassesLeaveTheEngineToTheirProcessPackage() {
        noClasses().that().resideInAnyPackage("io.casedesk.cases", "io.casedesk.customers", "io.casedesk.sla",
                "io.casedesk.complaints")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine..")
                .check(classes);
    }

    /** Writes the C4 component diagram of all modules, one per module, and the module canvases. */
    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
