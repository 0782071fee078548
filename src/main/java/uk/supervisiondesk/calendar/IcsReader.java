package uk.supervisiondesk.calendar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the VEVENTs of an .ics file back into sessions: every file {@link IcsWriter} makes, and
 * the plain events other calendars export (UTC, floating or named-zone times, DTEND or DURATION).
 * Times come back in London time. Recurring events and alarms are not expanded; this is for
 * reading a schedule back, not a calendar engine.
 */
public final class IcsReader {
    private static final Pattern DURATION = Pattern.compile(
            "([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

    private static final String CUT_SHORT = "The file ends before the calendar does, so part of it is probably missing.";

    private IcsReader() {
    }

    /** Reads UTF-8 bytes; folds are undone on the bytes, so a fold inside a character does no harm. */
    public static ImportedCalendar read(byte[] ics) throws CalendarFormatException {
        String text = new String(unfold(ics), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n|\r", -1);
        if (lines.length == 0 || !lines[0].strip().equalsIgnoreCase("BEGIN:VCALENDAR")) {
            throw new CalendarFormatException(0, "This file is not an iCalendar (.ics) file.");
        }
        if (!lastLine(lines).equalsIgnoreCase("END:VCALENDAR")) {
            // Checked first: a file cut short usually stops part-way through a line, too.
            throw new CalendarFormatException(0, CUT_SHORT);
        }
        return read(lines);
    }

    public static ImportedCalendar read(String ics) throws CalendarFormatException {
        return read(ics.getBytes(StandardCharsets.UTF_8));
    }

    /** Removes every line break followed by a space or tab (RFC 5545, 3.1). */
    static byte[] unfold(byte[] ics) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ics.length);
        for (int i = 0; i < ics.length; i++) {
            int breakLength = ics[i] == '\r' && i + 1 < ics.length && ics[i + 1] == '\n' ? 2 : ics[i] == '\n' ? 1 : 0;
            if (breakLength > 0 && i + breakLength < ics.length
                    && (ics[i + breakLength] == ' ' || ics[i + breakLength] == '\t')) {
                i += breakLength;
                continue;
            }
            out.write(ics[i]);
        }
        return out.toByteArray();
    }

    private static ImportedCalendar read(String[] lines) throws CalendarFormatException {
        Deque<String> open = new ArrayDeque<>();
        Map<String, ContentLine> event = null;
        List<ImportedEvent> events = new ArrayList<>();
        String supervisee = "";
        String supervisor = "";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            ContentLine line = ContentLine.parse(lines[i], i + 1);
            String value = line.value().strip().toUpperCase(Locale.ROOT);
            if (line.name().equals("BEGIN")) {
                open.push(value);
                if (value.equals("VEVENT") && open.size() == 2) {
                    event = new HashMap<>();
                }
            } else if (line.name().equals("END")) {
                if (open.isEmpty() || !open.peek().equals(value)) {
                    throw new CalendarFormatException(line.number(), "END:" + value + " closes something that is not open.");
                }
                open.pop();
                if (value.equals("VEVENT") && event != null && open.size() == 1) {
                    ImportedEvent read = event(event, line.number());
                    events.add(read);
                    supervisee = supervisee.isEmpty() ? superviseeIn(event) : supervisee;
                    supervisor = supervisor.isEmpty() ? text(event, IcsWriter.SUPERVISOR_PROPERTY).orElse("") : supervisor;
                    event = null;
                }
                if (open.isEmpty()) {
                    return new ImportedCalendar(supervisee, supervisor, events);
                }
            } else if (event != null && open.size() == 2) {
                // The first of a repeated property wins; those inside an alarm are the alarm's.
                event.putIfAbsent(line.name(), line);
            }
        }
        throw new CalendarFormatException(0, CUT_SHORT);
    }

    private static String lastLine(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "";
    }

    private static ImportedEvent event(Map<String, ContentLine> event, int endLine) throws CalendarFormatException {
        String uid = text(event, "UID").filter(u -> !u.isBlank())
                .orElseThrow(() -> new CalendarFormatException(endLine, "An event has no UID."));
        ContentLine startLine = Optional.ofNullable(event.get("DTSTART"))
                .orElseThrow(() -> new CalendarFormatException(endLine, "The event " + uid + " has no start date."));
        String kind = text(event, IcsWriter.KIND_PROPERTY).or(() -> text(event, "SUMMARY"))
                .filter(k -> !k.isBlank()).orElse("Supervision");
        String venue = text(event, "LOCATION").orElse("");
        int sequence = number(event.get("SEQUENCE"));
        PlannedSession session;
        if (isDate(startLine)) {
            session = PlannedSession.allDay(date(startLine), kind, venue);
        } else {
            LocalDateTime start = dateTime(startLine);
            long minutes = 0;
            if (event.containsKey("DTEND")) {
                minutes = Duration.between(start, dateTime(event.get("DTEND"))).toMinutes();
            } else if (event.containsKey("DURATION")) {
                minutes = minutes(event.get("DURATION"));
            }
            if (minutes < 0 || minutes > PlannedSession.MAX_MINUTES) {
                throw new CalendarFormatException(startLine.number(), "The event " + uid
                        + " ends before it starts or lasts longer than a day.");
            }
            session = new PlannedSession(start.toLocalDate(), Optional.of(start.toLocalTime()), (int) minutes,
                    kind, venue, 0);
        }
        return new ImportedEvent(uid, session.withSequence(sequence));
    }

    private static String superviseeIn(Map<String, ContentLine> event) {
        return text(event, "SUMMARY").filter(s -> s.startsWith(IcsWriter.SUMMARY_PREFIX))
                .map(s -> s.substring(IcsWriter.SUMMARY_PREFIX.length()).strip()).orElse("");
    }

    private static Optional<String> text(Map<String, ContentLine> event, String name) {
        return Optional.ofNullable(event.get(name)).map(ContentLine::text);
    }

    private static boolean isDate(ContentLine line) {
        return line.parameter("VALUE").map("DATE"::equalsIgnoreCase).orElse(false) || line.value().strip().length() == 8;
    }

    private static LocalDate date(ContentLine line) throws CalendarFormatException {
        try {
            return LocalDate.parse(line.value().strip(), IcsWriter.DATE);
        } catch (DateTimeParseException e) {
            throw new CalendarFormatException(line.number(), "\"" + line.value() + "\" is not a date.");
        }
    }

    /** The time in London, whichever way the file wrote it. */
    private static LocalDateTime dateTime(ContentLine line) throws CalendarFormatException {
        if (isDate(line)) {
            return date(line).atStartOfDay();
        }
        String value = line.value().strip();
        boolean utc = value.endsWith("Z") || value.endsWith("z");
        LocalDateTime written;
        try {
            written = LocalDateTime.parse(utc ? value.substring(0, value.length() - 1) : value, IcsWriter.LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new CalendarFormatException(line.number(), "\"" + value + "\" is not a date and time.");
        }
        if (utc) {
            return written.atOffset(ZoneOffset.UTC).atZoneSameInstant(LondonTimeZone.ZONE).toLocalDateTime();
        }
        Optional<String> tzid = line.parameter("TZID");
        if (tzid.isEmpty() || tzid.get().equals(LondonTimeZone.TZID)) {
            // A floating time is read as the local time it is meant to be, which here is London's.
            return written;
        }
        try {
            return written.atZone(ZoneId.of(tzid.get())).withZoneSameInstant(LondonTimeZone.ZONE).toLocalDateTime();
        } catch (DateTimeException e) {
            throw new CalendarFormatException(line.number(), "The time zone \"" + tzid.get() + "\" is not one we know.");
        }
    }

    private static long minutes(ContentLine line) throws CalendarFormatException {
        Matcher m = DURATION.matcher(line.value().strip());
        if (!m.matches()) {
            throw new CalendarFormatException(line.number(), "\"" + line.value() + "\" is not a duration.");
        }
        long minutes = part(m, 2) * 7 * 24 * 60 + part(m, 3) * 24 * 60 + part(m, 4) * 60 + part(m, 5) + part(m, 6) / 60;
        return "-".equals(m.group(1)) ? -minutes : minutes;
    }

    private static long part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }

    private static int number(ContentLine line) throws CalendarFormatException {
        if (line == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(line.value().strip()));
        } catch (NumberFormatException e) {
            throw new CalendarFormatException(line.number(), "\"" + line.value() + "\" is not a whole number.");
        }
    }
}
