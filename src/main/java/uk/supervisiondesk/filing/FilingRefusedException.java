package uk.supervisiondesk.filing;

/**
 * A record could not be signed, filed or corrected as asked. The message is for the person who
 * asked: what is wrong and what to do; nothing was changed.
 */
public final class FilingRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, for screens that react differently (e.g. offer to pick another file). */
    public enum Reason {
        /** The record is still a draft. */
        NOT_COMPLETE,
        /** Both have signed this version already. */
        ALREADY_SIGNED,
        /** Nobody has signed this version, so it can simply be edited. */
        NOT_SIGNED,
        /** The record moved on to a newer version since it was opened. */
        CHANGED,
        /** The record was not sent for remote signing (or was corrected since). */
        NOT_SENT,
        /** The returned file is not the one that was sent, with a signature added. */
        NOT_THE_SENT_FILE,
        /** The supervisee's signature field is still empty. */
        NOT_SIGNED_BY_SUPERVISEE,
        /** A signature does not verify, or the file was changed after signing. */
        INVALID_SIGNATURE,
        /** The file cannot be read at all. */
        UNREADABLE_FILE,
        /** The date given cannot be right. */
        BAD_DATE,
        /** The certificate could not sign (expired, damaged). */
        SIGNING_FAILED,
        /** The supervisee has left: their file is archived and read-only. */
        ARCHIVED
    }

    private final Reason reason;

    public FilingRefusedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public FilingRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
