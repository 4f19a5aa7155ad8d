package io.sinoscope.nlp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The arrows of nlp-service (docs/architecture.md): two doors, {@code rest} (POST /api/v1/analyze, the DLQ admin
 * API) and {@code messaging} (articles.ingested → articles.enriched, entities.curated), each calling {@code service},
 * which alone runs text-analysis; {@code config} is a leaf everyone reads. Nothing outside {@code rest} imports it,
 * the doors do not import each other, {@code service} knows neither HTTP nor Kafka, and {@code config} imports no
 * other package of the service. No class is exempt.
 */
class ArchitectureTest {

    private static final String ROOT = "io.sinoscope.nlp";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void nothingOutsideRestImportsRest() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".rest..").check(CLASSES);
    }

    @Test
    void nothingOutsideMessagingImportsMessaging() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".messaging..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".messaging..").check(CLASSES);
    }

    @Test
    void serviceKnowsNeitherHttpNorKafka() {
        noClasses().that().resideInAPackage(ROOT + ".service..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..",
                        "org.eclipse.microprofile.reactive.messaging..", "io.smallrye.reactive.messaging..",
                        "org.apache.kafka..")
                .check(CLASSES);
    }

    @Test
    void onlyServiceAndConfigRunTextAnalysis() {
        noClasses().that().resideInAnyPackage(ROOT + ".rest..", ROOT + ".messaging..")
                .should().dependOnClassesThat().resideInAPackage("io.sinoscope.text..").check(CLASSES);
    }

    @Test
    void configIsALeaf() {
        noClasses().that().resideInAPackage(ROOT + ".config..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".rest..", ROOT + ".messaging..",
                        ROOT + ".service..")
                .check(CLASSES);
    }
}
