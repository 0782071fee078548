package uk.supervisiondesk.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** STYLE.md: policy is pure Java and depends only on domain (and SnakeYAML, through uk.supervisiondesk.yaml, for reading packs). */
class PolicyArchitectureTest {
    private static final JavaClasses POLICY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.supervisiondesk.policy");

    @Test
    void policy_uses_no_ui_database_or_pdf_library() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "javafx..", "org.jdbi..", "com.itextpdf..", "org.h2..", "org.flywaydb..", "org.controlsfx..", "atlantafx..")
                .check(POLICY);
    }

    @Test
    void policy_does_not_reach_into_the_app_store_or_ui() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "uk.supervisiondesk.ui..", "uk.supervisiondesk.store..", "uk.supervisiondesk.app..", "uk.supervisiondesk.pdf..")
                .check(POLICY);
    }
}
