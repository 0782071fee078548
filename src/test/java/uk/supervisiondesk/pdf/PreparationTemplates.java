package uk.supervisiondesk.pdf;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.templates.FieldType;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.templates.TemplateSection;

/** Templates built in code for the preparation tests, and a way to fill a form as a PDF reader does. */
final class PreparationTemplates {
    static final LocalDate SESSION = LocalDate.of(2026, 3, 12);

    private PreparationTemplates() {
    }

    static TemplateField field(String key, String label, FieldType type, boolean prepared) {
        return new TemplateField(key, label, type, "", false, prepared, false, List.of(), List.of(), "", "");
    }

    static TemplateField question(String key, String label, String question) {
        return new TemplateField(key, label, FieldType.QUESTION_PAIR, "", false, true, true, List.of(), List.of(),
                question, "Sefton App. 3");
    }

    /** A welfare session: agenda and case to raise, three welfare questions, and fields for the session only. */
    static RecordTemplate welfare() {
        return new RecordTemplate("welfare-test", "welfare", "Welfare supervision record", "", "Sefton App. 3",
                Optional.of(SessionKind.WELFARE), Set.of(), List.of(
                        new TemplateSection("agenda", "Agenda", "", "", List.of(
                                new TemplateField("agenda", "Items you would like to discuss", FieldType.LONG_TEXT,
                                        "One item a line; your supervisor adds theirs.", false, true, false,
                                        List.of(), List.of(), "", ""),
                                field("caseToRaise", "A case you want to raise", FieldType.CASE_REFERENCE, true),
                                field("mood", "In a word, how are you?", FieldType.SHORT_TEXT, true),
                                field("sessionVenue", "Venue", FieldType.SHORT_TEXT, false))),
                        new TemplateSection("welfare", "Your wellbeing", "", "Sefton App. 3", List.of(
                                question("workload", "Workload", "How manageable is your workload at the moment?"),
                                question("support", "Support", "What support would help you most in the next month?"),
                                question("learning", "Learning and development",
                                        "What have you learned since we last met, and what would you like to learn next?"),
                                field("absence", "Any absence since the last session?", FieldType.YES_NO, true))),
                        new TemplateSection("manager", "For the supervisor", "", "", List.of(
                                field("decisions", "Decisions", FieldType.LONG_TEXT, false)))));
    }

    /** Another template with a field of the same key, to show a form is checked by template, not by luck. */
    static RecordTemplate individual() {
        return new RecordTemplate("individual-test", "individual", "Individual supervision record", "", "",
                Optional.of(SessionKind.INDIVIDUAL), Set.of(), List.of(
                        new TemplateSection("agenda", "Agenda", "", "", List.of(
                                field("agenda", "Items you would like to discuss", FieldType.LONG_TEXT, true)))));
    }

    static PreparationDetails details(RecordTemplate template) {
        return new PreparationDetails(template, "Sefton Council", "Si\u00e2n Llywelyn-Pr\u00ees", "E10442",
                "Dafydd ap Gruffudd", SESSION);
    }

    /** Sets field values and saves as an incremental update, as Acrobat, Edge or Preview do. */
    static byte[] fill(byte[] pdf, Map<String, String> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // Append mode copies the original bytes unchanged and adds the changes after them.
            try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)),
                    new PdfWriter(out), new StampingProperties().useAppendMode())) {
                PdfAcroForm form = PdfFormCreator.getAcroForm(document, false);
                values.forEach((name, value) -> form.getField(name).setValue(value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
