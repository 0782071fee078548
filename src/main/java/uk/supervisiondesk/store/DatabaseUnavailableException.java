package uk.supervisiondesk.store;

/**
 * The database could not be opened or created for a reason other than the passphrase:
 * a damaged file, a missing folder, no permission. The message says what to do.
 */
public final class DatabaseUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean damaged;

    public DatabaseUnavailableException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private DatabaseUnavailableException(String message, Throwable cause, boolean damaged) {
        super(message, cause);
        this.damaged = damaged;
    }

    /** The file itself is damaged (cut short, corrupt): the one case where offering a backup is the answer. */
    public static DatabaseUnavailableException damaged(String message, Throwable cause) {
        return new DatabaseUnavailableException(message, cause, true);
    }

    public boolean isDamaged() {
        return damaged;
    }
}
