package uk.supervisiondesk.app;

import java.nio.file.Path;
import picocli.CommandLine;
import uk.supervisiondesk.app.cli.DeskCommand;
import uk.supervisiondesk.store.DataFolder;

/**
 * The one entry point, for `java -jar` and the installers. With no arguments (or only
 * --data-dir) it opens the window straight away, skipping the command-line parser to start
 * fast; anything else is a command.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            openWindow(DefaultDataFolder.resolve());
        } else if (args.length == 2 && args[0].equals("--data-dir")) {
            openWindow(new DataFolder(Path.of(args[1])));
        } else {
            System.exit(DeskCommand.commandLine().execute(args));
        }
    }

    public static void openWindow(DataFolder folder) {
        DeskApplication.launch(DeskRoot.Options.standard(folder));
    }

    /** Picocli's entry, used by tests to run a command in-process. */
    public static int run(String... args) {
        return DeskCommand.commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return DeskCommand.commandLine();
    }
}
