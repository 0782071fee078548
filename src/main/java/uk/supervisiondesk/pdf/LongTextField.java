package uk.supervisiondesk.pdf;

/**
 * Free text printed under its label across the full width. It may run to pages; blank lines
 * separate paragraphs, single line breaks are kept.
 */
public record LongTextField(String label, String text) implements SectionItem {
    public LongTextField {
        RecordHeader.requireText(label, "label");
        text = text == null ? "" : text.strip();
    }
}
