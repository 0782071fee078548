package uk.supervisiondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.supervisiondesk.app.AppVersion;
import uk.supervisiondesk.safety.BackupFile;
import uk.supervisiondesk.safety.BackupRefusedException;
import uk.supervisiondesk.safety.Backups;
import uk.supervisiondesk.store.DataFolder;

/** `backup --data-dir DIR --to FILE`: an encrypted backup of the database, made while it stays usable. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write an encrypted backup of the database to a file (or, given a folder, to a dated file in "
                + "it). The backup opens with the passphrase in use now.")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "The data folder.")
    Path dataDir;

    @Option(names = "--to", required = true, paramLabel = "FILE",
            description = "The backup file to write (it must not exist yet), or a folder to write a dated one in.")
    Path to;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "File holding the passphrase.")
    Path passphraseFile;

    @Override
    public Integer call() {
        char[] passphrase = PassphraseSource.read(passphraseFile);
        Backups backups = new Backups(Clock.systemDefaultZone(), AppVersion.get());
        BackupFile made;
        try (CommandDatabase db = CommandDatabase.open(new DataFolder(dataDir), passphrase, false, "backup")) {
            made = Files.isDirectory(to) ? backups.backupToFolder(db.database(), to)
                    : backups.backup(db.database(), to);
        } catch (BackupRefusedException e) {
            throw new CommandFailedException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Backed up to " + made.path() + " (" + BackupDescriptions.size(made.sizeBytes()) + "): "
                + BackupDescriptions.counts(made.manifest().supervisees(), made.manifest().records(),
                        made.manifest().sessions()) + ".");
        out.println("It is encrypted, and opens with the passphrase in use now.");
        out.flush();
        return 0;
    }
}
