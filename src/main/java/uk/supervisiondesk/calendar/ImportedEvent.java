package uk.supervisiondesk.calendar;

/** A session read back from an .ics file, with the UID that file gave its event. */
public record ImportedEvent(String uid, PlannedSession session) {
}
