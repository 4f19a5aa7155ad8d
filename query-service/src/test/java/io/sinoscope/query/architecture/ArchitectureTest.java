package io.sinoscope.query.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The arrows of query-service: {@code rest → service → search | indexing | repository}, nothing outside {@code rest}
 * imports it, and resources never call repositories; inside the search wing, the engine-neutral {@code search} port
 * imports none of its backends, the backends not each other, and the shared highlighter neither
 * (docs/architecture.md). The top-level packages form no cycle. No class is exempt.
 */
class ArchitectureTest {

    private static final String ROOT = "io.sinoscope.query";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void nothingOutsideRestImportsRest() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".rest..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".rest..").check(CLASSES);
    }

    @Test
    void resourcesNeverCallRepositories() {
        noClasses().that().resideInAPackage(ROOT + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".repository..").check(CLASSES);
    }

    @Test
    void servicesNeverImportMessagingOrHealth() {
        noClasses().that().resideInAPackage(ROOT + ".service..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".messaging..", ROOT + ".health..").check(CLASSES);
    }

    @Test
    void searchDependsOnNoLayerAboveOrBesideIt() {
        noClasses().that().resideInAPackage(ROOT + ".search..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".rest..", ROOT + ".service..", ROOT + ".indexing..",
                        ROOT + ".repository..", ROOT + ".config..")
                .check(CLASSES);
    }

    @Test
    void snippetsAreTheSameForEveryBackend() {
        noClasses().that().resideInAPackage(ROOT + ".search.snippets..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".search.lucene..", ROOT + ".search.opensearch..").check(CLASSES);
    }

    @Test
    void theBackendsDoNotImportEachOther() {
        noClasses().that().resideInAPackage(ROOT + ".search.opensearch..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".search.lucene..").check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".search.lucene..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".search.opensearch..").check(CLASSES);
    }

    @Test
    void theEngineNeutralPortImportsNoBackend() {
        noClasses().that().resideInAPackage(ROOT + ".search").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".search.lucene..", ROOT + ".search.opensearch..",
                        ROOT + ".search.snippets..")
                .check(CLASSES);
    }

    @Test
    void indexingImportsNeitherRestNorService() {
        noClasses().that().resideInAPackage(ROOT + ".indexing..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".rest..", ROOT + ".service..").check(CLASSES);
    }

    @Test
    void resourcesReachIndexingOnlyThroughAService() {
        noClasses().that().resideInAPackage(ROOT + ".rest..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".indexing..").check(CLASSES);
    }

    @Test
    void thePackagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
