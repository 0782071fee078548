package uk.supervisiondesk.pdf;

/**
 * A yes/no question, e.g. "Consent obtained".
 *
 * @param answer true for yes, false for no, null when it was not answered
 */
public record YesNoField(String label, Boolean answer) implements SectionItem {
    public YesNoField {
        RecordHeader.requireText(label, "label");
    }
}
