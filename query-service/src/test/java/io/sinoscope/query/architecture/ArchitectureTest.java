package io.sinoscope.query.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The arrows of query-service: {@code rest → service → search | indexing | repository}, nothing outside {@code rest}
 * imports it, and resources never call repositories (docs/architecture.md). The classes that break them today are
 * listed by name: issue 24 moves them, and the lists only ever shrink — a new class that breaks a rule fails here.
 */
class ArchitectureTest {

    private static final String ROOT = "io.sinoscope.query";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    /** Services that still build REST views (issue 24: the search wing returns its own types). */
    private static final Set<String> SERVICES_USING_REST = Set.of("service.EntityService", "service.LuceneSearch",
            "service.OpenSearchIndex", "service.SearchPage", "service.SearchService");

    @Test
    void nothingOutsideRestImportsRest() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".rest..").and(notListedIn(SERVICES_USING_REST))
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".rest..").check(CLASSES);
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

    private static DescribedPredicate<JavaClass> notListedIn(Set<String> listed) {
        return DescribedPredicate.describe("not listed as a known exception",
                c -> !listed.contains(c.getName().substring(ROOT.length() + 1).replaceAll("\\$.*", "")));
    }
}
