package uk.supervisiondesk.safety;

/**
 * A backup could not be made, read or restored. The message says what happened and what to do;
 * nothing in the data folder was changed.
 */
public final class BackupRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public BackupRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
