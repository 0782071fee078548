package uk.supervisiondesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.supervisiondesk.app.AppVersion;
import uk.supervisiondesk.safety.BackupRefusedException;
import uk.supervisiondesk.safety.Backups;
import uk.supervisiondesk.safety.RestoreResult;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DataFolderInUseException;
import uk.supervisiondesk.store.DataFolderLock;
import uk.supervisiondesk.store.WrongPassphraseException;

/**
 * `restore --data-dir DIR --from FILE`: puts a backup in place of the database, asking nothing.
 * The backup is checked whole and opened with the passphrase first; the database it replaces is
 * kept in the data folder, never deleted.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the database with a backup, after checking the backup and opening it with its "
                + "passphrase (the one in use when it was made). The database it replaces is kept in the data "
                + "folder under replaced-<date-time>.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "The data folder.")
    Path dataDir;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file (.sdbackup).")
    Path from;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "File holding the backup's passphrase.")
    Path passphraseFile;

    @Override
    public Integer call() {
        char[] passphrase = PassphraseSource.read(passphraseFile);
        DataFolder folder = new DataFolder(dataDir);
        RestoreResult result;
        try (DataFolderLock lock = DataFolderLock.acquire(folder)) {
            result = new Backups(Clock.systemDefaultZone(), AppVersion.get()).restore(folder, from, passphrase);
        } catch (DataFolderInUseException e) {
            throw new CommandFailedException(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailedException("Cannot use the data folder " + folder + ": " + e.getMessage());
        } catch (WrongPassphraseException e) {
            throw new CommandFailedException("That passphrase does not open this backup. A backup opens with the "
                    + "passphrase that was in use when it was made. Nothing was changed.");
        } catch (BackupRefusedException e) {
            throw new CommandFailedException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        BackupDescriptions.describe(result.restored(), out);
        out.println(result.replacedKeptIn()
                .map(kept -> "The database it replaced was kept in " + kept + ".")
                .orElse("There was no database in " + folder + " before, so nothing was replaced."));
        out.println("Restored. It opens with the passphrase that was in use when the backup was made.");
        out.flush();
        return 0;
    }
}
