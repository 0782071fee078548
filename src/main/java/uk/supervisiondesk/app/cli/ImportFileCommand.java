package uk.supervisiondesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.supervisiondesk.importing.ImportKind;
import uk.supervisiondesk.importing.ImportProblem;
import uk.supervisiondesk.importing.ImportRejectedException;
import uk.supervisiondesk.importing.ImportResult;
import uk.supervisiondesk.importing.ImportSource;
import uk.supervisiondesk.importing.TrackerImport;
import uk.supervisiondesk.store.DataFolder;

/**
 * One import subcommand. The file is read and its header checked before the database is opened,
 * and into a folder with no database it is checked in full first, so a bad file never leaves an
 * empty database behind.
 */
abstract class ImportFileCommand implements Callable<Integer> {
    private final ImportKind kind;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The tracker, saved from the spreadsheet as CSV.")
    Path file;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR",
            description = "The data folder; a new database is created there if it has none.")
    Path dataDir;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "File holding the passphrase.")
    Path passphraseFile;

    ImportFileCommand(ImportKind kind) {
        this.kind = kind;
    }

    @Override
    public Integer call() {
        char[] passphrase = PassphraseSource.read(passphraseFile);
        Clock clock = Clock.systemDefaultZone();
        DataFolder folder = new DataFolder(dataDir);
        try {
            ImportSource source = read();
            if (!folder.hasDatabase()) {
                TrackerImport.checkForNewDatabase(source, clock);
            }
            try (CommandDatabase db = CommandDatabase.open(folder, passphrase, true, "import " + kind.noun())) {
                ImportResult result = new TrackerImport(db.database(), clock).importSource(source);
                PrintWriter out = spec.commandLine().getOut();
                out.println(result.summary());
                out.flush();
                PrintWriter err = spec.commandLine().getErr();
                if (db.created()) {
                    err.println("note: There was no database in " + dataDir + ", so a new one was created with"
                            + " this passphrase.");
                }
                result.notes().forEach(note -> err.println("note: " + note));
                err.flush();
                return 0;
            }
        } catch (ImportRejectedException e) {
            throw new CommandFailedException(e.getMessage() + e.problems().stream().map(ImportProblem::toString)
                    .map(line -> System.lineSeparator() + line).collect(Collectors.joining()));
        }
    }

    private ImportSource read() throws ImportRejectedException {
        if (Files.isDirectory(file)) {
            throw new CommandFailedException(file + " is a folder. Give the CSV file to import.");
        }
        try {
            return ImportSource.read(kind, file);
        } catch (NoSuchFileException e) {
            throw new CommandFailedException("Cannot read " + file + ": there is no such file. Check the name and"
                    + " folder.");
        } catch (AccessDeniedException e) {
            throw new CommandFailedException("Cannot read " + file + ": you do not have permission to read it.");
        } catch (IOException e) {
            throw new CommandFailedException("Cannot read " + file + ": " + e.getMessage() + ".");
        }
    }
}
