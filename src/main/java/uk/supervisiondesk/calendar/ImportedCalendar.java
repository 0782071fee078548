package uk.supervisiondesk.calendar;

import java.util.List;

/**
 * What an .ics file held, read back by {@link IcsReader}.
 *
 * @param superviseeName from the event titles ("Supervision: name"); empty if they say otherwise
 * @param supervisorName as this app wrote it; empty for files from elsewhere
 * @param events         in the file's order
 */
public record ImportedCalendar(String superviseeName, String supervisorName, List<ImportedEvent> events) {

    public ImportedCalendar {
        events = List.copyOf(events);
    }

    public List<PlannedSession> sessions() {
        return events.stream().map(ImportedEvent::session).toList();
    }

    /**
     * True when every event's UID is the one this app gives that session of this employee: the
     * file is a schedule exported for them, not someone else's.
     */
    public boolean isFor(String employeeNumber) {
        return !events.isEmpty() && events.stream().allMatch(e ->
                e.uid().equals(EventIds.of(employeeNumber, e.session().date(), e.session().kind())));
    }
}
