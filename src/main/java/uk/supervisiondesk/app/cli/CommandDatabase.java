package uk.supervisiondesk.app.cli;

import java.io.IOException;
import java.time.Clock;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DataFolderInUseException;
import uk.supervisiondesk.store.DataFolderLock;
import uk.supervisiondesk.store.DatabaseUnavailableException;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PassphraseRules;
import uk.supervisiondesk.store.Unlocker;

/**
 * A command's hold on a data folder: the folder lock plus the open database, released together.
 * Failures become {@link CommandFailedException}s with a message for the terminal.
 */
public final class CommandDatabase implements AutoCloseable {
    private final DataFolderLock lock;
    private final DeskDatabase database;
    private final boolean created;

    private CommandDatabase(DataFolderLock lock, DeskDatabase database, boolean created) {
        this.lock = lock;
        this.database = database;
        this.created = created;
    }

    /** Opens the folder's database, creating it first if there is none and {@code mayCreate}. */
    public static CommandDatabase open(DataFolder folder, char[] passphrase, boolean mayCreate, String command) {
        DataFolderLock lock;
        try {
            lock = DataFolderLock.acquire(folder);
        } catch (DataFolderInUseException e) {
            throw new CommandFailedException(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailedException("Cannot use the data folder " + folder + ": " + e.getMessage());
        }
        try {
            if (!folder.hasDatabase()) {
                if (!mayCreate) {
                    throw new CommandFailedException("There is no database in " + folder
                            + ". Check --data-dir, or start the app once to create one.");
                }
                PassphraseRules.problemWith(passphrase).ifPresent(problem -> {
                    throw new CommandFailedException("The passphrase is not strong enough for a new database: "
                            + problem);
                });
                return new CommandDatabase(lock, DeskDatabase.create(folder, passphrase), true);
            }
            Unlocker.Outcome outcome = new Unlocker(folder, Clock.systemDefaultZone(), "command line: " + command).unlock(passphrase);
            if (outcome instanceof Unlocker.Opened opened) {
                return new CommandDatabase(lock, opened.database(), false);
            }
            if (outcome instanceof Unlocker.MustWait wait) {
                throw new CommandFailedException("Too many wrong passphrases. Wait "
                        + wait.retryAfter().toSeconds() + " seconds and try again.");
            }
            throw new CommandFailedException("That passphrase does not open the database in " + folder
                    + ". Nothing was changed.");
        } catch (DatabaseUnavailableException e) {
            lock.close();
            throw new CommandFailedException(e.getMessage());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public DeskDatabase database() {
        return database;
    }

    public boolean created() {
        return created;
    }

    @Override
    public void close() {
        database.close();
        lock.close();
    }
}
