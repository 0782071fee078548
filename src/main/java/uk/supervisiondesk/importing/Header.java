package uk.supervisiondesk.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which field of each record holds which column, found by matching the header row's texts by name
 * ({@link ImportColumn#normalise}), so trackers may order and name their columns as they like.
 *
 * @param positions where each column found is, by field index
 * @param headings  each found column's heading as the file spells it, for messages
 * @param ignored   headings that match no column, in file order
 */
record Header(int line, Map<ImportColumn, Integer> positions, Map<ImportColumn, String> headings,
              List<String> ignored) {

    /**
     * @param problems receives one problem per duplicated column and one listing the required
     *                 columns missing; the header is usable only if none was added
     */
    static Header match(CsvRecord headerRecord, ImportKind kind, List<ImportProblem> problems) {
        Map<String, ImportColumn> byName = new HashMap<>();
        kind.columns().forEach(c -> c.names().forEach(n -> byName.put(ImportColumn.normalise(n), c)));

        Map<ImportColumn, Integer> positions = new LinkedHashMap<>();
        Map<ImportColumn, String> headings = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        int line = headerRecord.line();
        for (int i = 0; i < headerRecord.fields().size(); i++) {
            String heading = headerRecord.field(i).strip();
            if (heading.isEmpty()) {
                continue;
            }
            ImportColumn column = byName.get(ImportColumn.normalise(heading));
            if (column == null) {
                ignored.add(heading);
            } else if (positions.containsKey(column)) {
                problems.add(new ImportProblem(line, "Columns \"" + headings.get(column) + "\" and \"" + heading
                        + "\" both mean \"" + column.label() + "\". Delete or rename one of them."));
            } else {
                positions.put(column, i);
                headings.put(column, heading);
            }
        }
        List<String> missing = kind.columns().stream().filter(c -> c.required() && !positions.containsKey(c))
                .map(ImportColumn::label).toList();
        if (!missing.isEmpty()) {
            String found = headerRecord.fields().stream().filter(f -> !f.isBlank())
                    .map(f -> "\"" + f.strip() + "\"").collect(Collectors.joining(", "));
            problems.add(new ImportProblem(line, (missing.size() == 1 ? "A required column is missing: "
                    : "Required columns are missing: ") + quotedList(missing) + ". The headings found on line "
                    + line + " are: " + (found.isEmpty() ? "(none)" : found) + ". Rename a heading to a name the"
                    + " README lists, or add the column."));
        }
        return new Header(line, Map.copyOf(positions), Map.copyOf(headings), List.copyOf(ignored));
    }

    boolean has(ImportColumn column) {
        return positions.containsKey(column);
    }

    /** The cell's text without outer spaces; empty when the column is absent or the row is short. */
    String text(CsvRecord record, ImportColumn column) {
        Integer at = positions.get(column);
        return at == null ? "" : record.field(at).strip();
    }

    /** The column's heading as the file has it, or its label when the file has no such column. */
    String heading(ImportColumn column) {
        return Optional.ofNullable(headings.get(column)).orElse(column.label());
    }

    static String quotedList(List<String> names) {
        List<String> quoted = names.stream().map(n -> "\"" + n + "\"").toList();
        return String.join(", ", quoted);
    }
}
