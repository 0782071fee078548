package uk.supervisiondesk.safety;

/** A leaver's file may not be deleted (yet); the message says why and what to do. Nothing was deleted. */
public final class RetentionRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public RetentionRefusedException(String message) {
        super(message);
    }

    public RetentionRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
