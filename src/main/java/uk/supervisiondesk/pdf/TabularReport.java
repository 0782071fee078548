package uk.supervisiondesk.pdf;

import java.util.List;

/**
 * A report that is one table: the monthly supervision return, an audit-trail extract. Printed
 * landscape with a header row repeated on every page, a totals row if given, and page numbers.
 *
 * @param heading    e.g. "Monthly supervision return"
 * @param subheading e.g. "November 2026 · Sandwell Children's Trust"
 * @param notes      short explanations printed under the table
 */
public record TabularReport(String authorityName, String heading, String subheading, List<String> columns,
                            List<List<String>> rows, List<String> totals, List<String> notes) {

    public TabularReport {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        totals = List.copyOf(totals);
        notes = List.copyOf(notes);
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Each row needs " + columns.size() + " cells, one has " + row.size());
            }
        }
        if (!totals.isEmpty() && totals.size() != columns.size()) {
            throw new IllegalArgumentException("The totals row needs " + columns.size() + " cells");
        }
    }
}
