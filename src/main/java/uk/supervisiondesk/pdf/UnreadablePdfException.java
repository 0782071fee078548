package uk.supervisiondesk.pdf;

/**
 * A file could not be read as a PDF at all. The message is plain, for the person who chose the
 * file: it says what is wrong with it, never how the parser failed.
 */
public final class UnreadablePdfException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of unreadable, for callers that react differently (e.g. ask for another file). */
    public enum Reason {
        EMPTY,
        NOT_A_PDF,
        DAMAGED,
        PASSWORD_PROTECTED
    }

    private final Reason reason;

    UnreadablePdfException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    UnreadablePdfException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static UnreadablePdfException damaged(String detail) {
        return new UnreadablePdfException(Reason.DAMAGED, "The PDF is damaged or truncated: " + detail);
    }
}
