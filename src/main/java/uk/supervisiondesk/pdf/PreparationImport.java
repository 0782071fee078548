package uk.supervisiondesk.pdf;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.pdf.PdfDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.supervisiondesk.templates.FieldType;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.TemplateField;

/**
 * Reads a returned preparation form: checks it is one, for this template, then takes the text of
 * each field the supervisee filled in. Line breaks come back as \n whichever reader saved the
 * file (Acrobat writes \r); text is otherwise exactly as typed, less spaces at either end.
 */
public final class PreparationImport {

    private PreparationImport() {
    }

    /**
     * @throws UnreadablePdfException when the bytes are not a PDF, or a damaged or locked one
     * @throws PreparationFormRefusedException when the PDF is not a preparation form, or is one
     *     for another template
     */
    public static PreparationAnswers read(byte[] pdfBytes, RecordTemplate template)
            throws UnreadablePdfException, PreparationFormRefusedException {
        try (PdfDocument pdf = PdfInput.open(pdfBytes)) {
            PreparationJson json = identify(pdf);
            if (!json.templateKey().equals(template.key())) {
                throw new PreparationFormRefusedException(PreparationFormRefusedException.Reason.ANOTHER_TEMPLATE,
                        "This preparation form is for \u201c" + json.templateTitle() + "\u201d, not \u201c"
                                + template.title() + "\u201d. Choose the form sent for this session.");
            }
            return answers(pdf, json, template);
        } catch (RuntimeException e) {
            throw PdfInput.damaged(e);
        }
    }

    private static PreparationJson identify(PdfDocument pdf) throws PreparationFormRefusedException {
        Optional<PreparationJson> json = RecordAttachment.find(pdf, PreparationJson.FILE_NAME)
                .flatMap(bytes -> PreparationJson.read(new String(bytes, StandardCharsets.UTF_8)));
        if (json.isPresent()) {
            return json.get();
        }
        String message = RecordAttachment.find(pdf, RecordAttachment.FILE_NAME).isPresent()
                ? "This PDF is a supervision record, not a preparation form. Choose the form the supervisee filled in."
                : "This PDF is not a preparation form from Supervision Desk. Choose the form the supervisee filled in.";
        throw new PreparationFormRefusedException(PreparationFormRefusedException.Reason.NOT_A_PREPARATION_FORM, message);
    }

    private static PreparationAnswers answers(PdfDocument pdf, PreparationJson json, RecordTemplate template) {
        PdfAcroForm form = PdfFormCreator.getAcroForm(pdf, false);
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> offered = new ArrayList<>();
        for (TemplateField field : PreparationFields.fillable(template)) {
            String name = PreparationFields.nameOf(field);
            offered.add(name);
            String text = form == null ? "" : textOf(form.getField(name));
            if (!text.isEmpty()) {
                values.put(field.key(), field.type() == FieldType.QUESTION_PAIR ? Map.of("answer", text) : text);
            }
        }
        List<String> dropped = json.fields().stream().filter(name -> !offered.contains(name))
                .filter(name -> form != null && !textOf(form.getField(name)).isEmpty()).toList();
        return new PreparationAnswers(json.templateKey(), json.employeeNumber(), json.sessionDate(), values, dropped);
    }

    private static String textOf(PdfFormField field) {
        if (field == null) {
            return "";
        }
        String value = field.getValueAsString();
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
