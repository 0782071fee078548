package uk.supervisiondesk.pdf;

import java.util.List;

/** A boxed section of the form with its heading, holding its entries in the policy's order. */
public record DocumentSection(String heading, List<SectionItem> items) {
    public DocumentSection {
        RecordHeader.requireText(heading, "heading");
        items = List.copyOf(items);
    }

    public static DocumentSection of(String heading, SectionItem... items) {
        return new DocumentSection(heading, List.of(items));
    }
}
