package uk.supervisiondesk.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates as UK users write them: dd/MM/yyyy. Parsing is strict, so 31/02/2026 is refused
 * instead of quietly becoming 03/03/2026.
 */
public final class UkDates {
    /** The display pattern, also shown to users as a hint. */
    public static final String PATTERN = "dd/MM/yyyy";
    public static final String HINT = "dd/mm/yyyy";

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** Accepts single-digit day and month (4/3/2026) as people type them. */
    private static final DateTimeFormatter LENIENT_DIGITS =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private UkDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }

    /** Parses dd/MM/yyyy (or d/M/yyyy); empty text is empty, impossible dates throw. */
    public static Optional<LocalDate> parse(String text) throws DateTimeParseException {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.parse(trimmed.replace('.', '/').replace('-', '/'), LENIENT_DIGITS));
    }
}
