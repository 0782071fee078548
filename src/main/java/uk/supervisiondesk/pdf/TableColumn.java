package uk.supervisiondesk.pdf;

/**
 * A column of a {@link TableBlock}.
 *
 * @param heading the column heading, e.g. "By when"
 * @param relativeWidth the column's share of the table's width against the other columns
 */
public record TableColumn(String heading, float relativeWidth) {
    public TableColumn {
        RecordHeader.requireText(heading, "heading");
        if (!(relativeWidth > 0)) {
            throw new IllegalArgumentException("relativeWidth must be positive");
        }
    }
}
