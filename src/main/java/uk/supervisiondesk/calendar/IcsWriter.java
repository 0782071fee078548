package uk.supervisiondesk.calendar;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Writes a {@link SupervisionCalendar} as an iCalendar file (RFC 5545) that Outlook, Google,
 * Apple and Thunderbird import: one VEVENT per session, with a UID that stays the same from one
 * export to the next so a second import updates the events instead of duplicating them.
 *
 * <p>No ORGANIZER, although iTIP (RFC 5546) asks for one with METHOD:PUBLISH: it must be an
 * e-mail address, which the app does not hold, and Outlook treats an event with someone else as
 * organiser as a meeting invitation to answer rather than an appointment of one's own.
 *
 * <p>Only what a calendar needs leaves the app: names, dates, times, the venue and the kind of
 * session. Never notes, agendas or anything from the record; the employee number goes only into
 * the hashed UID.
 */
public final class IcsWriter {
    public static final String PRODUCT_ID = "-//Supervision Desk//EN";
    public static final String MEDIA_TYPE = "text/calendar";
    /** Our own properties, so a file read back gives the same sessions; calendars ignore them. */
    static final String KIND_PROPERTY = "X-SUPERVISIONDESK-KIND";
    static final String SUPERVISOR_PROPERTY = "X-SUPERVISIONDESK-SUPERVISOR";
    static final String SUMMARY_PREFIX = "Supervision: ";

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter SPOKEN_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SPOKEN_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;

    /** @param clock gives DTSTAMP, when the file was made */
    public IcsWriter(Clock clock) {
        this.clock = clock;
    }

    /** The file's text, with CRLF line endings; save it as UTF-8 (see {@link #writeBytes}). */
    public String write(SupervisionCalendar calendar) {
        return lines(calendar).toString();
    }

    /** The file's bytes, UTF-8 without a byte-order mark, ready for AtomicFiles. */
    public byte[] writeBytes(SupervisionCalendar calendar) {
        return lines(calendar).toBytes();
    }

    private ContentLines lines(SupervisionCalendar calendar) {
        String stamp = UTC_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        ContentLines lines = new ContentLines()
                .begin("VCALENDAR")
                .add("PRODID", PRODUCT_ID)
                .add("VERSION", "2.0")
                .add("CALSCALE", "GREGORIAN")
                .add("METHOD", "PUBLISH")
                // The name Apple Calendar and Google give the calendar when it is imported as a new one.
                .addText("X-WR-CALNAME", SUMMARY_PREFIX + calendar.superviseeName());
        if (calendar.sessions().stream().anyMatch(s -> !s.allDay())) {
            LondonTimeZone.writeTo(lines);
        }
        for (PlannedSession session : calendar.sessions()) {
            event(lines, calendar, session, stamp);
        }
        return lines.end("VCALENDAR");
    }

    private static void event(ContentLines lines, SupervisionCalendar calendar, PlannedSession session, String stamp) {
        lines.begin("VEVENT")
                .add("UID", calendar.uidOf(session))
                .add("DTSTAMP", stamp);
        if (session.allDay()) {
            // The end of an all-day event is the next day: DTEND is exclusive.
            lines.add("DTSTART;VALUE=DATE", DATE.format(session.date()))
                    .add("DTEND;VALUE=DATE", DATE.format(session.date().plusDays(1)));
        } else {
            LocalDateTime start = session.date().atTime(session.start().orElseThrow());
            lines.add("DTSTART;TZID=" + LondonTimeZone.TZID, LOCAL_DATE_TIME.format(start));
            if (session.durationMinutes() > 0) {
                lines.add("DTEND;TZID=" + LondonTimeZone.TZID,
                        LOCAL_DATE_TIME.format(start.plusMinutes(session.durationMinutes())));
            }
        }
        lines.addText("SUMMARY", SUMMARY_PREFIX + calendar.superviseeName());
        if (!session.venue().isEmpty()) {
            lines.addText("LOCATION", session.venue());
        }
        lines.addText("DESCRIPTION", description(calendar, session))
                .add("SEQUENCE", Integer.toString(session.sequence()))
                .add("STATUS", "CONFIRMED")
                // A date whose time is not agreed must not block the whole day as busy.
                .add("TRANSP", session.allDay() ? "TRANSPARENT" : "OPAQUE")
                .addText(KIND_PROPERTY, session.kind());
        if (!calendar.supervisorName().isEmpty()) {
            lines.addText(SUPERVISOR_PROPERTY, calendar.supervisorName());
        }
        lines.end("VEVENT");
    }

    /** What a person opening the event reads; it says where the record is kept, not what is in it. */
    static String description(SupervisionCalendar calendar, PlannedSession session) {
        StringBuilder text = new StringBuilder(session.kind()).append(" for ").append(calendar.superviseeName());
        if (!calendar.supervisorName().isEmpty()) {
            text.append(" with ").append(calendar.supervisorName());
        }
        text.append(".\n").append(SPOKEN_DATE.format(session.date()));
        if (session.allDay()) {
            text.append(", time to be agreed");
        } else {
            LocalTime start = session.start().orElseThrow();
            text.append(", ").append(SPOKEN_TIME.format(start));
            if (session.durationMinutes() > 0) {
                text.append(" to ").append(SPOKEN_TIME.format(start.plusMinutes(session.durationMinutes())));
            }
        }
        text.append('.');
        if (!session.venue().isEmpty()) {
            text.append("\nVenue: ").append(session.venue());
        }
        return text.append("\nPlanned in Supervision Desk. Keep notes of the session there, not in this calendar.")
                .toString();
    }
}
