package uk.supervisiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.supervisiondesk.app.cli.DeskCommand;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.TestData;

/** backup, restore and audit verify, run in-process against a real encrypted database. */
class SafetyCommandsTest {
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
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @BeforeEach
    void setUp() throws Exception {
        passphrase = Files.writeString(dir.resolve("passphrase"), new String(PASSPHRASE) + "\n");
        data = dir.resolve("data");
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(data), PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            StaffRegister staff = new StaffRegister(db, Clock.systemUTC());
            staff.save(TestData.fullSupervisee("E1", "Jo", "Bloggs"));
            staff.save(TestData.fullSupervisee("E2", "Sam", "Patel"));
        }
    }

    @Test
    void aBackupRestoresAndTheCommandsSayWhatTheyDid() throws Exception {
        Path file = dir.resolve("friday.sdbackup");
        Run backup = run("backup", "--data-dir", data.toString(), "--to", file.toString(),
                "--passphrase-file", passphrase.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backed up to " + file + " (")
                .contains("): 2 supervisees, 0 records, 0 sessions.")
                .contains("opens with the passphrase in use now");
        System.out.println("$ backup --data-dir DIR --to FILE\n" + backup.out());

        Run restore = run("restore", "--data-dir", data.toString(), "--from", file.toString(),
                "--passphrase-file", passphrase.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        List<String> lines = restore.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Backup: " + file);
        assertThat(lines.get(1)).matches("Made on \\d\\d/\\d\\d/\\d{4} at \\d\\d:\\d\\d by Supervision Desk .+ "
                + "\\(database version \\d+\\)\\.");
        assertThat(lines.get(2)).matches("Holds 2 supervisees, 0 records, 0 sessions and \\d+ audit trail entries; "
                + "its audit trail is intact\\.");
        assertThat(lines.get(3)).startsWith("The database it replaced was kept in " + data.resolve("replaced-"));
        assertThat(lines.get(4)).startsWith("Restored.");
        System.out.println("$ restore --data-dir DIR --from FILE\n" + restore.out());
        try (Stream<Path> kept = Files.list(data)) {
            assertThat(kept.filter(p -> p.getFileName().toString().startsWith("replaced-"))).hasSize(1);
        }
    }

    @Test
    void aBackupGivenAFolderGetsADatedName() {
        Run backup = run("backup", "--data-dir", data.toString(), "--to", dir.toString(),
                "--passphrase-file", passphrase.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).matches("(?s)Backed up to .*supervision-desk-\\d{4}-\\d\\d-\\d\\d-\\d{6}\\.sdbackup .*");
    }

    @Test
    void aTruncatedBackupIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("cut.sdbackup");
        assertThat(run("backup", "--data-dir", data.toString(), "--to", file.toString(),
                "--passphrase-file", passphrase.toString()).exitCode()).isZero();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 100));

        Run restore = run("restore", "--data-dir", data.toString(), "--from", file.toString(),
                "--passphrase-file", passphrase.toString());

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).startsWith("error: This backup file is incomplete: cut.sdbackup ends before its "
                + "last part").contains("Choose another backup").contains("has not been changed")
                .doesNotContain("Exception");
        System.out.println("$ restore --from (truncated)\n" + restore.err());
    }

    @Test
    void aBackupThatTheGivenPassphraseDoesNotOpenChangesNothing() throws Exception {
        Path file = dir.resolve("one.sdbackup");
        assertThat(run("backup", "--data-dir", data.toString(), "--to", file.toString(),
                "--passphrase-file", passphrase.toString()).exitCode()).isZero();
        Path wrong = Files.writeString(dir.resolve("wrong"), "not the passphrase at all");

        Run restore = run("restore", "--data-dir", data.toString(), "--from", file.toString(),
                "--passphrase-file", wrong.toString());

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).contains("does not open this backup").contains("Nothing was changed");
    }

    @Test
    void auditVerifyReportsAnIntactTrail() {
        Run verify = run("audit", "verify", "--data-dir", data.toString(), "--passphrase-file", passphrase.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        // Two front sheets, and the unlock by this command.
        assertThat(verify.out().strip()).isEqualTo("The audit trail is intact: 3 entries.");
    }

    @Test
    void auditVerifyNamesTheFirstAlteredEntry() throws Exception {
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(data), PASSPHRASE)) {
            // Someone with the passphrase and an SQL console: the trigger stops honest mistakes, not them.
            db.jdbi().useHandle(h -> {
                h.execute("DROP TRIGGER audit_entry_append_only");
                h.execute("UPDATE audit_entry SET detail = 'nothing happened' WHERE seq = 2");
            });
        }

        Run verify = run("audit", "verify", "--data-dir", data.toString(), "--passphrase-file", passphrase.toString());

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith("The audit trail is broken at entry 2: entry 2 has been altered.");
        System.out.println("$ audit verify (tampered)\n" + verify.out());
    }

    @Test
    void auditVerifyNamesARemovedEntry() throws Exception {
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(data), PASSPHRASE)) {
            db.jdbi().useHandle(h -> {
                h.execute("DROP TRIGGER audit_entry_append_only");
                h.execute("DELETE FROM audit_entry WHERE seq = 1");
            });
        }

        Run verify = run("audit", "verify", "--data-dir", data.toString(), "--passphrase-file", passphrase.toString());

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith("The audit trail is broken at entry 1: entry 1 is missing");
    }
}
