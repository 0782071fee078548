package uk.supervisiondesk.importing;

import java.util.List;

/**
 * What a checked file would change: the records to save (added and updated, never unchanged ones,
 * so a re-import writes nothing and leaves no audit entries) and how each row was counted.
 */
record ImportPlan<T>(List<T> toSave, int added, int updated, int unchanged) {

    ImportPlan {
        toSave = List.copyOf(toSave);
    }

    ImportResult result(ImportSource source) {
        return new ImportResult(source.kind(), source.file(), source.rowCount(), added, updated, unchanged,
                source.notes());
    }
}
