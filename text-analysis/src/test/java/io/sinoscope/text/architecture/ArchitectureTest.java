package io.sinoscope.text.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.sinoscope.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The shape of the library (docs/architecture.md): {@link TextAnalyzer} is the façade that runs the steps, and no step
 * reaches back to it; the step packages ({@code normalize}, {@code script}, {@code entity}, {@code fact}, ...) depend
 * on each other without cycles. The root package also holds the shared types every step uses (Gazetteer,
 * NormalizedText, OffsetMap), so it is left out of the slices: the façade rule is what keeps it acyclic for the
 * analyzer.
 */
class ArchitectureTest {

    private static final String ROOT = "io.sinoscope.text";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void noStepDependsOnTheAnalyzer() {
        noClasses().that().haveNameNotMatching(TextAnalyzer.class.getName().replace(".", "\\.") + "(\\$.*)?")
                .should().dependOnClassesThat().haveFullyQualifiedName(TextAnalyzer.class.getName())
                .check(CLASSES);
    }

    @Test
    void stepPackagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
