package uk.supervisiondesk.pdf;

/** A PDF could not be signed; the message says why and what to do. */
public final class SigningFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    SigningFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
