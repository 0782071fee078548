package uk.supervisiondesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.PdfTextFormField;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.TemplateSection;

class PreparationFormTest {
    private static final List<String> FIELD_NAMES = List.of("prep.agenda", "prep.caseToRaise", "prep.mood",
            "prep.workload.answer", "prep.support.answer", "prep.learning.answer");
    private static byte[] form;

    @BeforeAll
    static void renderOnce() {
        form = new PreparationForm().render(PreparationTemplates.details(PreparationTemplates.welfare()));
    }

    @Test
    void everyPreparedTextFieldIsAFillableMultiLineField() {
        try (PdfDocument pdf = PdfReading.open(form)) {
            PdfAcroForm acroForm = PdfFormCreator.getAcroForm(pdf, false);
            Map<String, PdfFormField> fields = acroForm.getAllFormFields();

            List<String> terminal = fields.entrySet().stream()
                    .filter(e -> e.getValue() instanceof PdfTextFormField).map(Map.Entry::getKey).toList();
            assertThat(terminal).containsExactlyInAnyOrderElementsOf(FIELD_NAMES);
            for (String name : FIELD_NAMES) {
                PdfTextFormField field = (PdfTextFormField) fields.get(name);
                assertThat(field.isMultiline()).as(name).isTrue();
                assertThat(field.isReadOnly()).as(name).isFalse();
                assertThat(field.getValueAsString()).as(name).isEmpty();
                PdfWidgetAnnotation widget = field.getWidgets().get(0);
                assertThat(widget.getNormalAppearanceObject()).as(name + " has an appearance").isNotNull();
                assertThat(widget.getFlags() & PdfAnnotation.PRINT).isEqualTo(PdfAnnotation.PRINT);
                assertThat(widget.getPage()).as(name + " is on a page").isNotNull();
                assertThat(widget.getPage().getAnnotations()).anyMatch(a -> a.getPdfObject() == widget.getPdfObject());
            }
            assertThat(fields).doesNotContainKeys("prep.sessionVenue", "prep.absence", "prep.decisions");
            assertThat(acroForm.getNeedAppearances()).isNull();
            assertThat(fields.get("prep.workload.answer").getAlternativeName().toUnicodeString()).isEqualTo("Workload");
        }
    }

    @Test
    void noPartialFieldNameHoldsADot() {
        try (PdfDocument pdf = PdfReading.open(form)) {
            for (PdfFormField field : PdfFormCreator.getAcroForm(pdf, false).getAllFormFields().values()) {
                assertThat(field.getPartialFieldName().toUnicodeString()).doesNotContain(".");
            }
        }
    }

    @Test
    void thePageSaysWhoWhatAndWhenWithEveryQuestionAndHelp() {
        String text = PdfReading.allText(form);

        assertThat(text).contains("Sefton Council", "Preparing for supervision: Welfare supervision record",
                "Si\u00e2n Llywelyn-Pr\u00ees", "E10442", "Dafydd ap Gruffudd", "12/03/2026",
                "Items you would like to discuss", "One item a line; your supervisor adds theirs.",
                "How manageable is your workload at the moment?", "What support would help you most in the next month?",
                "never a child's name or date of birth", "Agenda", "Your wellbeing");
        assertThat(text).doesNotContain("For the supervisor", "Decisions", "Venue", "Any absence");
        List<String> pages = PdfReading.pageTexts(form);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void preparationJsonSaysWhichRecordTheFormIsFor() {
        try (PdfDocument pdf = PdfReading.open(form)) {
            String json = new String(RecordAttachment.find(pdf, PreparationJson.FILE_NAME).orElseThrow(),
                    StandardCharsets.UTF_8);
            Map<String, Object> read = RecordJson.parse(json);

            assertThat(read).containsEntry("format", "supervision-desk-preparation/1")
                    .containsEntry("templateKey", "welfare-test")
                    .containsEntry("employeeNumber", "E10442")
                    .containsEntry("sessionDate", "2026-03-12")
                    .containsEntry("fields", FIELD_NAMES);
        }
    }

    @Test
    void theFormIsNotPdfAAndNeedsNoScripts() {
        try (PdfDocument pdf = PdfReading.open(form)) {
            // Acrobat opens PDF/A read-only until "Enable editing": this form must open ready to type in.
            assertThat(pdf.getConformance().isPdfA()).isFalse();
            assertThat(pdf.getCatalog().getPdfObject().get(PdfName.Names)).isNotNull();
            assertThat(pdf.getCatalog().getPdfObject().getAsDictionary(PdfName.Names).get(PdfName.JavaScript)).isNull();
            assertThat(pdf.getCatalog().getPdfObject().get(PdfName.OpenAction)).isNull();
        }
    }

    @Test
    void aTemplateWithNothingToPrepareIsRefused() {
        RecordTemplate nothing = new RecordTemplate("audit-test", "audit", "File audit", "", "", Optional.empty(),
                Set.of(), List.of(new TemplateSection("s", "Audit", "", "", List.of(
                        PreparationTemplates.field("finding", "Finding", uk.supervisiondesk.templates.FieldType.LONG_TEXT, false)))));

        assertThatThrownBy(() -> new PreparationForm().render(PreparationTemplates.details(nothing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The form \"File audit\" has no fields for the supervisee to prepare");
    }
}
