package uk.supervisiondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.supervisiondesk.app.AppVersion;
import uk.supervisiondesk.app.DefaultDataFolder;
import uk.supervisiondesk.app.Launcher;
import uk.supervisiondesk.store.DataFolder;

/** `supervision-desk [--data-dir DIR] [COMMAND]`: with no command, opens the window. */
@Command(name = "supervision-desk",
        mixinStandardHelpOptions = true,
        versionProvider = DeskCommand.Version.class,
        description = "Staff supervision for children's social care. With no command, opens the app.",
        subcommands = {DemoCommand.class, ImportCommand.class, DueCommand.class, PolicyCommand.class,
            VerifyCommand.class, BenchCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class,
            AuditCommand.class},
        footer = {"", "The passphrase for commands comes from --passphrase-file FILE or the environment variable "
                + PassphraseSource.ENVIRONMENT_VARIABLE + ", never from an argument."})
public final class DeskCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The data folder (default: the user's data folder).")
    Path dataDir;

    @Override
    public Integer call() {
        Launcher.openWindow(dataDir == null ? DefaultDataFolder.resolve() : new DataFolder(dataDir));
        return 0;
    }

    /** The parser with our error handling: plain messages on stderr, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DeskCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + (e instanceof CommandFailedException ? e.getMessage() : describe(e)));
            err.flush();
            return e instanceof CommandFailedException failed ? failed.exitCode() : 1;
        });
        return cli;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** Prints the build's version for --version. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Supervision Desk " + AppVersion.get()};
        }
    }
}
