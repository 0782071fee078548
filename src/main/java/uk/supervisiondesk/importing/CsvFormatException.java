package uk.supervisiondesk.importing;

/** The bytes are not a CSV file we can read; {@code line} is where reading stopped (1 for the whole file). */
public final class CsvFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    public CsvFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
