package uk.supervisiondesk.calendar;

import java.nio.charset.StandardCharsets;

/**
 * The lines of an .ics file as they are written: each ends in CRLF and is folded so that no
 * physical line is longer than 75 octets of UTF-8 (RFC 5545, 3.1). A fold never falls inside a
 * character, so every physical line is valid UTF-8 on its own, which Outlook relies on.
 */
final class ContentLines {
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private final StringBuilder text = new StringBuilder(8 * 1024);

    /** A property whose value is already in iCalendar form (dates, numbers, names). */
    ContentLines add(String nameAndParameters, String value) {
        fold(nameAndParameters + ":" + value);
        return this;
    }

    /** A property whose value is text people typed, escaped. */
    ContentLines addText(String name, String value) {
        return add(name, IcsText.escape(value));
    }

    ContentLines begin(String component) {
        return add("BEGIN", component);
    }

    ContentLines end(String component) {
        return add("END", component);
    }

    private void fold(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            int size = utf8Length(c);
            if (octets + size > MAX_OCTETS) {
                // The leading space of a continuation line counts towards its 75.
                text.append(CRLF).append(' ');
                octets = 1;
            }
            text.appendCodePoint(c);
            octets += size;
            i += Character.charCount(c);
        }
        text.append(CRLF);
    }

    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        } else if (codePoint < 0x800) {
            return 2;
        } else if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    byte[] toBytes() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }
}
