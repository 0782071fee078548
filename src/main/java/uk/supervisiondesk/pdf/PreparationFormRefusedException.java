package uk.supervisiondesk.pdf;

/**
 * A readable PDF that cannot be taken as the preparation for this record. The message is plain,
 * for the person who chose the file, and says which file they probably need instead.
 */
public final class PreparationFormRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Any other PDF, including a filed record. */
        NOT_A_PREPARATION_FORM,
        /** A preparation form, but for a different kind of record. */
        ANOTHER_TEMPLATE
    }

    private final Reason reason;

    PreparationFormRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
