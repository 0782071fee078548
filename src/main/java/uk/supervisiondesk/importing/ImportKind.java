package uk.supervisiondesk.importing;

import java.util.List;

/** The two tracker files managers bring: the staff list and the past supervision dates. */
public enum ImportKind {
    STAFF("staff", List.of(StaffColumn.values())),
    SESSIONS("sessions", List.of(SessionColumn.values()));

    private final String noun;
    private final List<ImportColumn> columns;

    ImportKind(String noun, List<ImportColumn> columns) {
        this.noun = noun;
        this.columns = columns;
    }

    /** "staff" or "sessions", as in "Imported staff from …". */
    public String noun() {
        return noun;
    }

    public List<ImportColumn> columns() {
        return columns;
    }
}
