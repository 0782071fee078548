package uk.supervisiondesk.ui.safety;

import java.time.Duration;
import uk.supervisiondesk.store.DataFolder;

/**
 * What the safety screens ask of the app around them: locking, and work that needs the database
 * closed (changing the passphrase, restoring a backup), after which the app opens it again.
 */
public interface DatabaseHost {

    /** Saves what saves itself, closes the database and shows the unlock screen. */
    void lockNow();

    /** The idle time before locking was changed in Settings: it applies from now. */
    void idleTimeChanged(Duration idleTime);

    /**
     * Saves what saves itself, closes the database, runs {@code work} in the background, then opens
     * the database with the passphrase it returns and shows the main window on Settings with its
     * message. If the work fails, the database is opened with {@code passphraseIfItFails} (or the
     * unlock screen is shown, if that is null) and the failure is reported.
     */
    void whileClosed(String description, char[] passphraseIfItFails, ClosedWork work);

    /** Work on the closed data folder. */
    @FunctionalInterface
    interface ClosedWork {
        Reopen run(DataFolder folder) throws Exception;
    }

    /** The passphrase that now opens the database, and what to tell the user. */
    record Reopen(char[] passphrase, String message) {
    }
}
