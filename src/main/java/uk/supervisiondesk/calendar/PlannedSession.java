package uk.supervisiondesk.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One planned session as it goes into a supervisee's calendar.
 *
 * @param date            the day, in London
 * @param start           the start time in London, to the minute; empty while the time is not agreed,
 *                        which makes the session an all-day event
 * @param durationMinutes how long a timed session lasts; 0 for an all-day one, or for a timed one whose
 *                        end is not known
 * @param kind            what the session is, as people read it, e.g. "Individual supervision"; part of
 *                        the event's id, so two sessions of one kind cannot share a day
 * @param venue           where it happens; empty if not yet known
 * @param sequence        how many times the session has been changed since it was first exported:
 *                        a calendar replaces its copy of an event only when this goes up
 */
public record PlannedSession(LocalDate date, Optional<LocalTime> start, int durationMinutes, String kind, String venue,
                             int sequence) {
    /** Longest session a calendar entry may describe; anything longer is a typing mistake. */
    static final int MAX_MINUTES = 24 * 60;
    private static final DateTimeFormatter HOURS_AND_MINUTES =
            DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

    public PlannedSession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        start = start.map(t -> t.truncatedTo(ChronoUnit.MINUTES));
        if (start.isEmpty() && durationMinutes != 0) {
            throw new IllegalArgumentException("An all-day session has no duration, was " + durationMinutes + " minutes");
        }
        if (durationMinutes < 0 || durationMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("A session lasts 0 to " + MAX_MINUTES + " minutes, was " + durationMinutes);
        }
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("A session needs a kind, e.g. \"Individual supervision\"");
        }
        kind = kind.strip();
        venue = venue == null ? "" : venue.strip();
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence starts at 0, was " + sequence);
        }
    }

    /** A date whose time is not agreed yet, shown as an all-day event. */
    public static PlannedSession allDay(LocalDate date, String kind, String venue) {
        return new PlannedSession(date, Optional.empty(), 0, kind, venue, 0);
    }

    /**
     * A session at a time of day.
     *
     * @param startTime "HH:mm" (or "H:mm"), 24-hour clock, London time
     * @throws IllegalArgumentException when the time is not a real time of day
     */
    public static PlannedSession at(LocalDate date, String startTime, int durationMinutes, String kind, String venue) {
        LocalTime time;
        try {
            time = LocalTime.parse(startTime == null ? "" : startTime.strip(), HOURS_AND_MINUTES);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + startTime + "\" is not a time of day such as 09:30", e);
        }
        return new PlannedSession(date, Optional.of(time), durationMinutes, kind, venue, 0);
    }

    /** The same session after a change the calendars must pick up (a new time, a new room). */
    public PlannedSession withSequence(int newSequence) {
        return new PlannedSession(date, start, durationMinutes, kind, venue, newSequence);
    }

    public boolean allDay() {
        return start.isEmpty();
    }
}
