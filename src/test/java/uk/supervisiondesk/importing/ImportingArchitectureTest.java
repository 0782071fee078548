package uk.supervisiondesk.importing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The importer sits beside the store: the app and the command line use it, never the other way round. */
class ImportingArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.supervisiondesk");

    @Test
    void importingKnowsNothingOfScreensOrTheCommandLine() {
        noClasses().that().resideInAPackage("uk.supervisiondesk.importing..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..",
                        "uk.supervisiondesk.ui..", "uk.supervisiondesk.app..", "uk.supervisiondesk.policy..",
                        "uk.supervisiondesk.pdf..", "uk.supervisiondesk.sample..")
                .check(CLASSES);
    }

    @Test
    void theDomainAndStoreDoNotReachIntoTheImporter() {
        noClasses().that().resideInAnyPackage("uk.supervisiondesk.domain..", "uk.supervisiondesk.store..")
                .should().dependOnClassesThat().resideInAPackage("uk.supervisiondesk.importing..")
                .check(CLASSES);
    }
}
