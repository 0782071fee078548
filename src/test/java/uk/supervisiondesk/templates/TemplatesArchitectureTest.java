package uk.supervisiondesk.templates;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Templates are data read by pure Java (and SnakeYAML), so the form generator, the PDF and the
 * command line can all use them (STYLE.md: dependencies point one way).
 */
class TemplatesArchitectureTest {
    private static final JavaClasses TEMPLATES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.supervisiondesk.templates");

    @Test
    void templates_use_no_ui_database_or_pdf_library() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "javafx..", "org.jdbi..", "com.itextpdf..", "org.h2..", "org.flywaydb..", "org.controlsfx..", "atlantafx..")
                .check(TEMPLATES);
    }

    @Test
    void templates_do_not_reach_into_the_app_store_ui_or_pdf() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "uk.supervisiondesk.ui..", "uk.supervisiondesk.store..", "uk.supervisiondesk.app..", "uk.supervisiondesk.pdf..")
                .check(TEMPLATES);
    }
}
