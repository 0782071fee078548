package uk.supervisiondesk.pdf;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.supervisiondesk.templates.FieldType;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.TemplateField;

/**
 * Which of a template's fields a preparation form offers, and the names its form fields carry.
 * Names are hierarchical AcroForm names, "prep.agenda" and "prep.wellbeing.answer": a PDF field
 * name may not contain a dot, so "prep" and, for questions, the field key are parent fields.
 */
public final class PreparationFields {
    /** The parent of every field on the form. */
    public static final String ROOT = "prep";
    /** The kid of a question's field that holds the supervisee's answer. */
    public static final String ANSWER = "answer";

    /** Free text a supervisee can type; other kinds (dates, yes/no, lists) are for the session. */
    private static final Set<FieldType> TEXT = EnumSet.of(FieldType.SHORT_TEXT, FieldType.LONG_TEXT,
            FieldType.CASE_REFERENCE, FieldType.QUESTION_PAIR);

    private PreparationFields() {
    }

    /** The fields on the form, in the template's order. */
    public static List<TemplateField> fillable(RecordTemplate template) {
        return template.fields().filter(f -> f.preparedBySupervisee() && TEXT.contains(f.type())).toList();
    }

    /** The fully qualified name of the form field that holds this template field's text. */
    public static String nameOf(TemplateField field) {
        return field.type() == FieldType.QUESTION_PAIR
                ? ROOT + "." + field.key() + "." + ANSWER
                : ROOT + "." + field.key();
    }
}
