package uk.supervisiondesk.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did. Every data row is counted once as added, updated or unchanged.
 *
 * @param notes things the user should know that did not stop the import (ignored columns, the encoding used)
 */
public record ImportResult(ImportKind kind, Path file, int rowsRead, int added, int updated, int unchanged,
                           List<String> notes) {

    public ImportResult {
        notes = List.copyOf(notes);
    }

    /** "Imported staff from staff.csv: 12 rows, 10 added, 1 updated, 1 unchanged." */
    public String summary() {
        return "Imported " + kind.noun() + " from " + file + ": " + rowsRead + (rowsRead == 1 ? " row, " : " rows, ")
                + added + " added, " + updated + " updated, " + unchanged + " unchanged.";
    }
}
