package uk.supervisiondesk.calendar;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.UkDates;

/**
 * One supervisee's planned sessions, the content of one .ics file. Each supervisee gets a file of
 * their own, so a manager can send it to them and import it into their own calendar too.
 *
 * @param superviseeName the member of staff, as the event titles show them
 * @param employeeNumber their employee number: it only goes into the event UIDs, hashed
 * @param supervisorName who supervises them; empty if not known
 * @param sessions       sorted by date and time; no two of one kind on one day
 */
public record SupervisionCalendar(String superviseeName, String employeeNumber, String supervisorName,
                                  List<PlannedSession> sessions) {
    private static final Comparator<PlannedSession> IN_DATE_ORDER = Comparator.comparing(PlannedSession::date)
            .thenComparing(s -> s.start().orElse(LocalTime.MIN))
            .thenComparing(PlannedSession::kind);

    public SupervisionCalendar {
        superviseeName = required(superviseeName, "superviseeName");
        employeeNumber = required(employeeNumber, "employeeNumber");
        supervisorName = supervisorName == null ? "" : supervisorName.strip();
        List<PlannedSession> sorted = new ArrayList<>(sessions);
        sorted.sort(IN_DATE_ORDER);
        sessions = List.copyOf(sorted);
        refuseSameUidTwice(employeeNumber, sessions);
    }

    /** The UID the session's event carries. */
    public String uidOf(PlannedSession session) {
        return EventIds.of(employeeNumber, session.date(), session.kind());
    }

    /**
     * A name for the saved file, e.g. "Supervision schedule - Siân Jones.ics", without the
     * characters Windows refuses in file names.
     */
    public String suggestedFileName() {
        String name = superviseeName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        return "Supervision schedule - " + name + ".ics";
    }

    /** Two events with one UID in a file make calendars keep only one, silently. */
    private static void refuseSameUidTwice(String employeeNumber, List<PlannedSession> sessions) {
        Map<String, PlannedSession> byUid = new HashMap<>();
        for (PlannedSession session : sessions) {
            PlannedSession earlier = byUid.put(EventIds.of(employeeNumber, session.date(), session.kind()), session);
            if (earlier != null) {
                throw new IllegalArgumentException("Two sessions of the kind \"" + session.kind() + "\" on "
                        + UkDates.format(session.date()) + ": a calendar can hold only one of them");
            }
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }
}
