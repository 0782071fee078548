package uk.supervisiondesk.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The calendar export is pure Java: no screens, database or PDF library, so it runs anywhere. */
class CalendarArchitectureTest {
    private static final JavaClasses CALENDAR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.supervisiondesk.calendar");

    @Test
    void calendarUsesNoUiDatabaseOrPdfLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "javafx..", "org.jdbi..", "com.itextpdf..", "org.h2..", "org.controlsfx..", "atlantafx..",
                "uk.supervisiondesk.ui..", "uk.supervisiondesk.store..", "uk.supervisiondesk.app..",
                "uk.supervisiondesk.pdf..")
                .check(CALENDAR);
    }
}
