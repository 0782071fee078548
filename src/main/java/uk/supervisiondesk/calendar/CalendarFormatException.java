package uk.supervisiondesk.calendar;

/**
 * The text is not an iCalendar file this app can read. The message is for the person who chose
 * the file; {@code line} is the unfolded content line where reading stopped (0 for the whole file).
 */
public final class CalendarFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    public CalendarFormatException(int line, String message) {
        super(line > 0 ? "Line " + line + ": " + message : message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
