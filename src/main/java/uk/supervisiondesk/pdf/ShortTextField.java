package uk.supervisiondesk.pdf;

/** A one-line answer printed beside its label, e.g. venue or duration. */
public record ShortTextField(String label, String value) implements SectionItem {
    public ShortTextField {
        RecordHeader.requireText(label, "label");
        value = value == null ? "" : value.strip();
    }
}
