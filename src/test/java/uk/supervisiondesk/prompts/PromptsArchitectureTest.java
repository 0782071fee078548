package uk.supervisiondesk.prompts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The question bank and the coverage model are pure Java (and SnakeYAML), so the prompts panel,
 * the PDF and the command line can all use them (STYLE.md: dependencies point one way).
 */
class PromptsArchitectureTest {
    private static final JavaClasses PROMPTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.supervisiondesk.prompts");

    @Test
    void prompts_use_no_ui_database_or_pdf_library() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "javafx..", "org.jdbi..", "com.itextpdf..", "org.h2..", "org.flywaydb..", "org.controlsfx..", "atlantafx..")
                .check(PROMPTS);
    }

    @Test
    void prompts_do_not_reach_into_the_app_store_ui_or_pdf() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "uk.supervisiondesk.ui..", "uk.supervisiondesk.store..", "uk.supervisiondesk.app..", "uk.supervisiondesk.pdf..")
                .check(PROMPTS);
    }
}
