package io.sinoscope.query.story;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The clustering core stays pure: no storage, no REST, no messaging, no search, no Quarkus. */
class StoryClusteringPackageTest {

    private static final JavaClasses STORY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.sinoscope.query.story");

    @Test
    void storyImportsNoServiceLayer() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.sinoscope.query.rest..",
                "io.sinoscope.query.service..", "io.sinoscope.query.repository..", "io.sinoscope.query.indexing..",
                "io.sinoscope.query.messaging..", "io.sinoscope.query.search..", "io.quarkus..", "jakarta..")
                .check(STORY);
    }
}
