package uk.supervisiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.supervisiondesk.app.cli.DeskCommand;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.TestData;

/** `import staff` and `import sessions`, run in-process as a user would type them. */
class ImportCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;
    private Path passphrase;
    private Path data;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = DeskCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(ImportCommandTest.class.getResource("/import/" + name).toURI()).toString();
    }

    private Run importFile(String kind, String file) {
        return run("import", kind, file, "--data-dir", data.toString(), "--passphrase-file", passphrase.toString());
    }

    @BeforeEach
    void passphrase() throws Exception {
        passphrase = dir.resolve("passphrase.txt");
        Files.writeString(passphrase, "orange kettle winter bus\n");
        data = dir.resolve("data");
    }

    /** Staff, sessions, and audit entries about them (unlocking by each command is audited too). */
    private int[] staffSessionsAndAudit() throws Exception {
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(data), TestData.PASSPHRASE)) {
            int audit = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entry"
                    + " WHERE record_type IN ('supervisee', 'session')").mapTo(Integer.class).one());
            return new int[] {new StaffRegister(db, Clock.systemUTC()).count(),
                    new SessionLog(db, Clock.systemUTC()).count(), audit};
        }
    }

    @Test
    void importsStaffThenSessionsIntoAFolderWithNoDatabaseYet() throws Exception {
        String staff = fixture("staff-good.csv");
        Run first = importFile("staff", staff);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("Imported staff from " + staff + ": 8 rows, 8 added, 0 updated,"
                + " 0 unchanged." + NL);
        assertThat(first.err()).contains("note: There was no database in " + data + ", so a new one was created")
                .contains("note: These columns are not imported and were ignored: \"Notes\".");
        assertThat(new DataFolder(data).hasDatabase()).isTrue();

        String sessions = fixture("sessions-good.csv");
        Run second = importFile("sessions", sessions);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo("Imported sessions from " + sessions + ": 8 rows, 8 added, 0 updated,"
                + " 0 unchanged." + NL);
        assertThat(second.err()).isEmpty();
        assertThat(staffSessionsAndAudit()).containsExactly(8, 8, 16);
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws Exception {
        importFile("staff", fixture("staff-good.csv"));
        importFile("sessions", fixture("sessions-good.csv"));
        int[] before = staffSessionsAndAudit();

        Run staff = importFile("staff", fixture("staff-good.csv"));
        Run sessions = importFile("sessions", fixture("sessions-good.csv"));

        assertThat(staff.out()).endsWith(": 8 rows, 0 added, 0 updated, 8 unchanged." + NL);
        assertThat(sessions.out()).endsWith(": 8 rows, 0 added, 0 updated, 8 unchanged." + NL);
        assertThat(staffSessionsAndAudit()).containsExactly(before);
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryProblemOnItsOwnLine() throws Exception {
        importFile("staff", fixture("staff-good.csv"));
        int[] before = staffSessionsAndAudit();
        String bad = fixture("staff-bad.csv");

        Run run = importFile("staff", bad);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        String[] lines = run.err().split("\\R");
        assertThat(lines[0]).isEqualTo("error: " + bad + " was not imported: 9 rows have problems."
                + " Nothing was changed.");
        assertThat(lines).hasSize(10);
        assertThat(lines[1]).isEqualTo("line 3: Date \"31/02/2024\" in column \"Start date\" is not a real date"
                + " (use dd/mm/yyyy or yyyy-mm-dd)");
        assertThat(java.util.Arrays.copyOfRange(lines, 1, lines.length)).allSatisfy(l -> assertThat(l).matches("line \\d+: .+"));
        assertThat(staffSessionsAndAudit()[0]).isEqualTo(before[0]);
    }

    @Test
    void aBadFileIsRefusedBeforeAnyDatabaseIsCreated() throws Exception {
        Run staff = importFile("staff", fixture("staff-bad.csv"));
        assertThat(staff.exitCode()).isEqualTo(1);
        assertThat(new DataFolder(data).hasDatabase()).isFalse();

        Run sessions = importFile("sessions", fixture("sessions-good.csv"));
        assertThat(sessions.exitCode()).isEqualTo(1);
        assertThat(sessions.err()).contains("8 rows have problems").contains("is not in the staff register");
        assertThat(new DataFolder(data).hasDatabase()).isFalse();
    }

    @Test
    void aMissingColumnIsOneClearError() throws Exception {
        Path file = dir.resolve("staff.csv");
        Files.writeString(file, "Name,Team\r\nJo Bloggs,Team A\r\n", StandardCharsets.UTF_8);
        Run run = importFile("staff", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: " + file + " was not imported: its header row has problems. Nothing"
                + " was changed." + NL + "line 1: Required columns are missing: \"Employee number\", \"Forename\","
                + " \"Surname\", \"Role\", \"Start date\". The headings found on line 1 are: \"Name\", \"Team\"."
                + " Rename a heading to a name the README lists, or add the column." + NL);
    }

    @Test
    void aMissingOrUnreadableFileIsAClearErrorAndCreatesNothing() throws Exception {
        Path missing = dir.resolve("nowhere.csv");
        Run run = importFile("staff", missing.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: Cannot read " + missing + ": there is no such file. Check the name"
                + " and folder." + NL);

        Run folder = importFile("sessions", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(1);
        assertThat(folder.err()).contains("is a folder");

        Path workbook = dir.resolve("tracker.xlsx");
        Files.write(workbook, new byte[] {'P', 'K', 3, 4, 0, 0});
        Run xlsx = importFile("staff", workbook.toString());
        assertThat(xlsx.exitCode()).isEqualTo(1);
        assertThat(xlsx.err()).contains("it could not be read as CSV").contains("Excel workbook");
        assertThat(new DataFolder(data).hasDatabase()).isFalse();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("import", "staff", "x.csv").exitCode()).isEqualTo(2);
        Run noFile = run("import", "sessions", "--data-dir", data.toString());
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("FILE.csv");
        assertThat(run("import", "people", "x.csv").exitCode()).isEqualTo(2);
        assertThat(run("import").exitCode()).isEqualTo(2);
        Run noPassphrase = run("import", "staff", "x.csv", "--data-dir", data.toString());
        assertThat(noPassphrase.exitCode()).isEqualTo(2);
        assertThat(noPassphrase.err()).contains("No passphrase given");
    }

    @Test
    void helpListsTheImportCommands() {
        assertThat(run("--help").out()).contains("import");
        Run help = run("import", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("staff", "sessions");
        assertThat(run("import", "staff", "--help").out()).contains("--data-dir", "--passphrase-file", "FILE.csv");
    }

    @Test
    void theWrongPassphraseChangesNothing() throws Exception {
        importFile("staff", fixture("staff-good.csv"));
        Files.writeString(passphrase, "not the right passphrase at all");
        Run run = importFile("sessions", fixture("sessions-good.csv"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("does not open the database");
    }
}
