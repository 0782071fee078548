package uk.supervisiondesk.app.cli;

import picocli.CommandLine.Command;
import uk.supervisiondesk.importing.ImportKind;

/** `import staff|sessions FILE.csv`: brings in the spreadsheet trackers managers keep today. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a spreadsheet tracker saved as CSV: all of it, or nothing if any row has a problem."
                + " README.md lists the columns and values each file may have.",
        subcommands = {ImportCommand.Staff.class, ImportCommand.Sessions.class})
final class ImportCommand {

    @Command(name = "staff", mixinStandardHelpOptions = true,
            description = "Add staff to the register, or update those already on it (matched by employee number)."
                    + " Columns: employee number, forename, surname, role, team, start date; optionally ASYE start"
                    + " date and leaving date.")
    static final class Staff extends ImportFileCommand {
        Staff() {
            super(ImportKind.STAFF);
        }
    }

    @Command(name = "sessions", mixinStandardHelpOptions = true,
            description = "Add past and booked supervision sessions for staff already on the register. Columns:"
                    + " employee number, date, kind, status; optionally rescheduled to, reason and date signed.")
    static final class Sessions extends ImportFileCommand {
        Sessions() {
            super(ImportKind.SESSIONS);
        }
    }
}
