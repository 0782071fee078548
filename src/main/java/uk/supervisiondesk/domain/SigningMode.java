package uk.supervisiondesk.domain;

/**
 * How a filed copy of a record was signed. A record is locked once a copy of its current version
 * carries the supervisor's signature: the content they signed must not change under them.
 */
public enum SigningMode {
    /** Both drew their signature on the supervisor's laptop; the supervisor's certificate seals it. */
    IN_PERSON(true, true),
    /** The supervisor has signed it and sent it; the supervisee has not signed it yet. */
    REMOTE_PENDING(true, false),
    /** Signed by the supervisor, then by the supervisee in their own PDF reader, and returned. */
    REMOTE_COMPLETE(true, true),
    /** Printed, signed by hand by both; the scan is kept with the record. */
    PAPER(true, true),
    /** A sealed copy made for export before anyone signed. */
    UNSIGNED(false, false);

    private final boolean locksRecord;
    private final boolean signedByBoth;

    SigningMode(boolean locksRecord, boolean signedByBoth) {
        this.locksRecord = locksRecord;
        this.signedByBoth = signedByBoth;
    }

    /** The record's content may no longer change: someone has signed this version. */
    public boolean locksRecord() {
        return locksRecord;
    }

    public boolean signedByBoth() {
        return signedByBoth;
    }
}
