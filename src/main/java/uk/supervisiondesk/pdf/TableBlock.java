package uk.supervisiondesk.pdf;

import java.util.List;
import uk.supervisiondesk.domain.UkDates;

/**
 * A table inside a section, e.g. the actions table or a list of attendees. Every row has one
 * cell per column; the heading row repeats when the table runs on to another page.
 *
 * @param title printed above the table, e.g. "Actions agreed"
 * @param emptyText printed in place of rows when there are none, e.g. "No actions were agreed."
 */
public record TableBlock(String title, List<TableColumn> columns, List<List<String>> rows, String emptyText)
        implements SectionItem {

    public TableBlock {
        RecordHeader.requireText(title, "title");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        rows = rows.stream().map(row -> row.stream().map(c -> c == null ? "" : c).toList()).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table '" + title + "' has " + columns.size()
                        + " columns but a row with " + row.size() + " cells");
            }
        }
        emptyText = emptyText == null ? "" : emptyText;
    }

    /** The actions table every session record ends with: what / who / by when / status. */
    public static TableBlock actions(String title, List<ActionRow> actions) {
        List<TableColumn> columns = List.of(
                new TableColumn("What", 5.2f),
                new TableColumn("Who", 2.2f),
                new TableColumn("By when", 1.6f),
                new TableColumn("Status", 1.6f));
        List<List<String>> rows = actions.stream()
                .map(a -> List.of(a.what(), a.who(),
                        a.byWhen() == null ? "No date agreed" : UkDates.format(a.byWhen()), a.status()))
                .toList();
        return new TableBlock(title, columns, rows, "No actions were agreed.");
    }
}
