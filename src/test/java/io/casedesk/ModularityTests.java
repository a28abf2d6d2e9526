package io.casedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

    private static final Path DIAGRAMS = Path.of("docs/modules");

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
     * {@code SlaDecisionTables}, {@code ComplaintProcessStarter}, {@code LadderProcess}, {@code EscalationLadder}).
     */
    @Test
    void domainClassesLeaveTheEngineToTheirProcessPackage() {
        noClasses().that().resideInAnyPackage("io.casedesk.cases", "io.casedesk.customers", "io.casedesk.sla",
                "io.casedesk.complaints", "io.casedesk.escalation")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine..")
                .check(classes);
    }

    /**
     * Writes the C4 component diagram of all modules, one per module, and the module canvases. The
     * Documenter lists the relations in no fixed order; they are sorted so that an unchanged
     * structure leaves the committed files unchanged.
     */
    @Test
    void writesTheModuleDiagrams() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(DIAGRAMS)) {
            for (Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                Files.writeString(diagram, withSortedRelations(Files.readString(diagram)));
            }
        }
    }

    private static String withSortedRelations(String plantUml) {
        List<String> lines = new ArrayList<>(plantUml.lines().toList());
        List<Integer> relations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Rel(")) {
                relations.add(i);
            }
        }
        List<String> sorted = relations.stream().map(lines::get).sorted().toList();
        for (int i = 0; i < relations.size(); i++) {
            lines.set(relations.get(i), sorted.get(i));
        }
        return String.join("\n", lines) + "\n";
    }
}
