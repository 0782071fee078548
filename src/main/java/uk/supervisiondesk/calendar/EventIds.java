package uk.supervisiondesk.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * The UID of a session's calendar event: a name-based UUID (RFC 4122 version 3) of the employee
 * number, date and kind. The same session always gets the same UID, so exporting the schedule
 * again updates the events a calendar already holds instead of adding copies; and the UID reveals
 * nothing about the person, unlike the employee number it is made from.
 */
public final class EventIds {
    /** Right of the "@": says whose UIDs these are, as RFC 5545 suggests. */
    public static final String DOMAIN = "supervision-desk";
    /** Ours alone, and fixed for good: a new namespace would give every exported event a new UID. */
    private static final UUID NAMESPACE = UUID.fromString("a9e500b0-1f41-49a7-a4b9-d582772cf198");

    private EventIds() {
    }

    /** e.g. "5b7c...-...@supervision-desk"; case and extra spaces in the kind do not matter. */
    public static String of(String employeeNumber, LocalDate date, String kind) {
        String name = normalise(employeeNumber) + "|" + date + "|" + normalise(kind).toLowerCase(Locale.ROOT);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(16 + nameBytes.length)
                .putLong(NAMESPACE.getMostSignificantBits())
                .putLong(NAMESPACE.getLeastSignificantBits())
                .put(nameBytes);
        return UUID.nameUUIDFromBytes(bytes.array()) + "@" + DOMAIN;
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
