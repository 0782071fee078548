package uk.supervisiondesk.ui.records;

/**
 * Runs work once typing pauses. The form asks for a save on every change; the debouncer turns
 * a burst of keystrokes into one save a moment after the last.
 */
public interface Debouncer {

    /** Asks for {@code work} to run after a pause; a later request before then replaces it. */
    void request(Runnable work);

    /** Runs any pending work at once (before closing, completing or locking). */
    void flush();
}
