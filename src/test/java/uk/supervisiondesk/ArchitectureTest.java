package uk.supervisiondesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: ui -> (policy, pdf, store) -> domain (STYLE.md); policy -> (domain, yaml). */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.supervisiondesk");

    @Test
    void theDomainAndPolicyKnowNothingOfScreensDatabasesOrPdfs() {
        noClasses().that().resideInAnyPackage("..domain..", "..policy..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.jdbi..", "org.h2..", "org.flywaydb..", "com.itextpdf..",
                        "uk.supervisiondesk.ui..", "uk.supervisiondesk.store..", "uk.supervisiondesk.pdf..",
                        "uk.supervisiondesk.app..")
                .check(CLASSES);
    }

    @Test
    void policyUsesOnlyTheDomainAndTheSharedYamlReading() {
        classes().that().resideInAPackage("uk.supervisiondesk.policy..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("uk.supervisiondesk.policy..",
                        "uk.supervisiondesk.domain..", "uk.supervisiondesk.yaml..", "java..", "org.yaml.snakeyaml..")
                .check(CLASSES);
    }

    @Test
    void theSharedYamlReadingDependsOnNothingInTheProject() {
        classes().that().resideInAPackage("uk.supervisiondesk.yaml..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("uk.supervisiondesk.yaml..", "java..",
                        "org.yaml.snakeyaml..")
                .check(CLASSES);
    }

    @Test
    void theStoreAndPdfDoNotReachUpIntoTheUserInterface() {
        noClasses().that().resideInAnyPackage("..store..", "..pdf..", "..sample..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "uk.supervisiondesk.ui..",
                        "uk.supervisiondesk.app..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCompositionRootKnowsEveryone() {
        noClasses().that().resideInAnyPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.supervisiondesk.app..")
                .check(CLASSES);
    }
}
