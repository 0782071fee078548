package uk.supervisiondesk.pdf;

/** A signing identity could not be created, read or used; the message says why, plainly. */
public final class SigningIdentityException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently, e.g. ask for the password again. */
    public enum Reason {
        WRONG_PASSWORD,
        NOT_PKCS12,
        NO_PRIVATE_KEY,
        NOT_VALID_NOW,
        UNREADABLE
    }

    private final Reason reason;

    SigningIdentityException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
