package io.sinoscope.ingest.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The arrows of ingest-service (docs/architecture.md): {@code rest → intake | service → cleaning | dedup |
 * repository}; nothing outside {@code rest} imports it; resources never call repositories; cleaning is text in,
 * text out, and knows neither the database nor the intake that calls it; the repository knows none of its callers
 * (it reads only dedup's MinHash), and config none of the packages that read it.
 */
class ArchitectureTest {

    private static final String ROOT = "io.sinoscope.ingest";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void nothingOutsideRestImportsRest() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".rest..").check(CLASSES);
    }

    @Test
    void resourcesNeverCallRepositories() {
        noClasses().that().resideInAPackage(ROOT + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".repository..").check(CLASSES);
    }

    @Test
    void intakeAndServicesNeverImportMessagingOrHealth() {
        noClasses().that().resideInAnyPackage(ROOT + ".intake..", ROOT + ".service..", ROOT + ".cleaning..",
                        ROOT + ".dedup..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".messaging..", ROOT + ".health..")
                .check(CLASSES);
    }

    @Test
    void cleaningAndDedupKnowNeitherStorageNorIntake() {
        noClasses().that().resideInAnyPackage(ROOT + ".cleaning..", ROOT + ".dedup..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".repository..", ROOT + ".intake..",
                        ROOT + ".service..")
                .check(CLASSES);
    }

    @Test
    void repositoryKnowsNoCallerAndConfigIsALeaf() {
        noClasses().that().resideInAPackage(ROOT + ".repository..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".rest..", ROOT + ".intake..",
                        ROOT + ".service..", ROOT + ".messaging..", ROOT + ".cleaning..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".config..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".rest..", ROOT + ".intake..",
                        ROOT + ".service..", ROOT + ".messaging..", ROOT + ".cleaning..", ROOT + ".dedup..",
                        ROOT + ".repository..")
                .check(CLASSES);
    }
}
