package uk.supervisiondesk.store;

/**
 * A record cannot be saved: a signed copy of this version exists, or it has moved on to a newer
 * version since it was opened. The message says why and what to do, for the person editing it.
 */
public class RecordLockedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public RecordLockedException(String message) {
        super(message);
    }
}
