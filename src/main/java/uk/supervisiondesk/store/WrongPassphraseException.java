package uk.supervisiondesk.store;

/** The passphrase does not open this database. Nothing was changed. */
public final class WrongPassphraseException extends Exception {
    private static final long serialVersionUID = 1L;

    public WrongPassphraseException() {
        super("That passphrase does not open this database. Check Caps Lock and try again.");
    }
}
