package uk.supervisiondesk.app.cli;

/** A command could not do its job; the message says why and what to do, for stderr. */
public final class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public CommandFailedException(String message) {
        this(message, 1);
    }

    public CommandFailedException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
