package uk.supervisiondesk.store;

/** Another copy of Supervision Desk has this data folder open. */
public final class DataFolderInUseException extends Exception {
    private static final long serialVersionUID = 1L;

    public DataFolderInUseException(DataFolder folder) {
        super("The data folder " + folder + " is already open in another copy of Supervision Desk. "
                + "Close that copy (or wait for its command to finish) and try again.");
    }
}
