package uk.supervisiondesk.importing;

import java.util.List;

/** The columns of a supervision-dates tracker: one row per booked session. */
public enum SessionColumn implements ImportColumn {
    EMPLOYEE_NUMBER(true, ImportColumn.EMPLOYEE_NUMBER_NAMES),
    DATE(true, List.of("Date", "Session date", "Supervision date", "Date of supervision", "Date of session")),
    KIND(true, List.of("Kind", "Type", "Session type", "Supervision type", "Kind of session")),
    STATUS(true, List.of("Status", "Outcome", "Session status")),
    RESCHEDULED_TO(false, List.of("Rescheduled to", "New date", "Rescheduled date", "Rescheduled for")),
    REASON(false, List.of("Reason", "Reason for change", "Reason postponed or cancelled")),
    SIGNED_ON(false, List.of("Date signed", "Signed", "Signed on", "Record signed"));

    private final boolean required;
    private final List<String> names;

    SessionColumn(boolean required, List<String> names) {
        this.required = required;
        this.names = List.copyOf(names);
    }

    @Override
    public String label() {
        return names.get(0);
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public boolean required() {
        return required;
    }
}
