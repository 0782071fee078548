package uk.supervisiondesk.importing;

import java.time.LocalDate;
import java.util.Optional;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.UkDates;

/**
 * What one row of a sessions file says about a booked session.
 *
 * @param rescheduledTo null when empty
 * @param reason        empty when none
 * @param signedOn      null when empty
 */
record SessionLine(int line, String employeeNumber, LocalDate date, SessionKind kind, TrackerStatus status,
                   LocalDate rescheduledTo, String reason, LocalDate signedOn) {

    /**
     * Reads the row's cells and checks that they agree with each other (a postponed session has a
     * reason, only a held one is signed, …), reporting every problem on the row. Empty when the row
     * cannot be placed on the monitoring sheet.
     */
    static Optional<SessionLine> read(ImportRow row, LocalDate today) {
        String number = row.required(SessionColumn.EMPLOYEE_NUMBER, "every session belongs to a member of staff");
        LocalDate date = row.requiredDate(SessionColumn.DATE, "enter the day the session was booked for");
        SessionKind kind = kind(row);
        TrackerStatus status = status(row);
        LocalDate rescheduledTo = row.date(SessionColumn.RESCHEDULED_TO);
        String reason = row.text(SessionColumn.REASON);
        LocalDate signedOn = row.date(SessionColumn.SIGNED_ON);
        if (status != null) {
            checkAgainstStatus(row, status, date, rescheduledTo, reason, signedOn, today);
        }
        if (date != null && rescheduledTo != null && !rescheduledTo.isAfter(date)) {
            row.problem(SessionColumn.RESCHEDULED_TO, "The new date " + UkDates.format(rescheduledTo) + " in column \""
                    + row.heading(SessionColumn.RESCHEDULED_TO) + "\" must be after the session date "
                    + UkDates.format(date) + ".");
        }
        if (date != null && signedOn != null && signedOn.isBefore(date)) {
            row.problem(SessionColumn.SIGNED_ON, "The date signed " + UkDates.format(signedOn)
                    + " is before the session date " + UkDates.format(date) + ".");
        }
        if (signedOn != null && signedOn.isAfter(today)) {
            row.problem(SessionColumn.SIGNED_ON, "The date signed " + UkDates.format(signedOn) + " is in the future.");
        }
        if (number == null || date == null || kind == null || status == null) {
            return Optional.empty();
        }
        return Optional.of(new SessionLine(row.line(), number, date, kind, status, rescheduledTo, reason, signedOn));
    }

    private static void checkAgainstStatus(ImportRow row, TrackerStatus status, LocalDate date,
                                           LocalDate rescheduledTo, String reason, LocalDate signedOn,
                                           LocalDate today) {
        boolean missed = status.outcome() == SessionOutcome.POSTPONED
                || status == TrackerStatus.CANCELLED;
        if (missed && reason.isEmpty()) {
            row.problem(SessionColumn.REASON, "A " + status.word() + " session needs a reason " + where(row,
                    SessionColumn.REASON) + ".");
        }
        if (!missed && !reason.isEmpty()) {
            row.problem(SessionColumn.REASON, "A reason is only for postponed or cancelled sessions, and this one is "
                    + status.word() + ". Clear column \"" + row.heading(SessionColumn.REASON)
                    + "\" or correct the status.");
        }
        if (status == TrackerStatus.RESCHEDULED && rescheduledTo == null && !row.isBad(SessionColumn.RESCHEDULED_TO)) {
            row.problem(SessionColumn.RESCHEDULED_TO, "A rescheduled session needs its new date "
                    + where(row, SessionColumn.RESCHEDULED_TO) + ".");
        }
        if (rescheduledTo != null && status.outcome() != SessionOutcome.POSTPONED) {
            row.problem(SessionColumn.RESCHEDULED_TO, "A new date in column \""
                    + row.heading(SessionColumn.RESCHEDULED_TO) + "\" is only for postponed sessions, and this one is "
                    + status.word() + ".");
        }
        if (signedOn != null && status != TrackerStatus.HELD) {
            row.problem(SessionColumn.SIGNED_ON, "Only a held session has a record to sign, and this one is "
                    + status.word() + ". Clear column \"" + row.heading(SessionColumn.SIGNED_ON)
                    + "\" or correct the status.");
        }
        if (date != null && status == TrackerStatus.HELD && date.isAfter(today)) {
            row.problem(SessionColumn.STATUS, "The session on " + UkDates.format(date) + " is in the future, so it"
                    + " cannot have been held yet. Use \"planned\".");
        }
        if (date != null && status == TrackerStatus.PLANNED && date.isBefore(today)) {
            row.problem(SessionColumn.STATUS, "The session on " + UkDates.format(date) + " is in the past, so it"
                    + " cannot still be planned. Say whether it was held, postponed or cancelled.");
        }
    }

    /** "in column "Reason"", or how to add the column when the file has none. */
    private static String where(ImportRow row, SessionColumn column) {
        return row.has(column) ? "in column \"" + row.heading(column) + "\""
                : "in a \"" + column.label() + "\" column, which the file does not have";
    }

    private static SessionKind kind(ImportRow row) {
        String text = row.required(SessionColumn.KIND, "use one of: " + SessionKindNames.accepted());
        if (text == null) {
            return null;
        }
        Optional<SessionKind> kind = SessionKindNames.parse(text);
        if (kind.isEmpty()) {
            row.problem(SessionColumn.KIND, "Kind \"" + text + "\" in column \"" + row.heading(SessionColumn.KIND)
                    + "\" is not one we know. Use one of: " + SessionKindNames.accepted() + ".");
        }
        return kind.orElse(null);
    }

    private static TrackerStatus status(ImportRow row) {
        String text = row.required(SessionColumn.STATUS, "use " + TrackerStatus.ACCEPTED);
        if (text == null) {
            return null;
        }
        Optional<TrackerStatus> status = TrackerStatus.parse(text);
        if (status.isEmpty()) {
            row.problem(SessionColumn.STATUS, "Status \"" + text + "\" in column \""
                    + row.heading(SessionColumn.STATUS) + "\" is not one we know. Use " + TrackerStatus.ACCEPTED + ".");
        }
        return status.orElse(null);
    }
}
