package uk.supervisiondesk.filing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Filing sits beside the store and the PDF code: the screens, the command line and sample data use it; it uses none of them. */
class FilingArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.supervisiondesk");

    @Test
    void filingKnowsNothingOfScreensOrTheCommandLine() {
        noClasses().that().resideInAPackage("uk.supervisiondesk.filing..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..", "org.controlsfx..",
                        "uk.supervisiondesk.ui..", "uk.supervisiondesk.app..", "uk.supervisiondesk.sample..")
                .check(CLASSES);
    }

    @Test
    void theStoreAndThePdfLayoutDoNotReachIntoFiling() {
        noClasses().that().resideInAnyPackage("uk.supervisiondesk.store..", "uk.supervisiondesk.pdf..",
                        "uk.supervisiondesk.domain..")
                .should().dependOnClassesThat().resideInAPackage("uk.supervisiondesk.filing..")
                .check(CLASSES);
    }
}
