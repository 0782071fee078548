package uk.supervisiondesk.store;

/**
 * The database could not be opened or created for a reason other than the passphrase:
 * a damaged file, a missing folder, no permission. The message says what to do.
 */
public final class DatabaseUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
