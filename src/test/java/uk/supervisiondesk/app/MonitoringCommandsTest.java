package uk.supervisiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.supervisiondesk.app.cli.DeskCommand;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.TestData;

/** The due and policy commands, run in-process against a real encrypted database. */
class MonitoringCommandsTest {
    @TempDir
    Path dir;
    private Path passphrase;

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
        passphrase = dir.resolve("passphrase");
        Files.writeString(passphrase, new String(PASSPHRASE));
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir.resolve("data")), PASSPHRASE,
                TEST_KEY_ITERATIONS, null)) {
            Clock clock = Clock.systemUTC();
            new PolicySettings(db, clock).choosePack("sefton");
            StaffRegister staff = new StaffRegister(db, clock);
            SessionLog log = new SessionLog(db, clock);
            Supervisee jo = staff.save(TestData.socialWorker("E1", "Jo", "Bloggs", LocalDate.of(2024, 1, 8)));
            Supervisee sam = staff.save(TestData.socialWorker("E2", "Sam", "Smith", LocalDate.of(2024, 1, 8)));
            log.saveAll(List.of(
                    // Held Monday 02/11/2026: under Sefton (monthly) the next is due by 02/12/2026.
                    new SessionEntry(null, jo.id(), SupervisionSession.held(LocalDate.of(2026, 11, 2),
                            SessionKind.INDIVIDUAL).withRecord(LocalDate.of(2026, 11, 3), null)),
                    // Held Thursday 01/10/2026 and nothing since: due by 01/11, which was a Sunday, so by
                    // Friday 30/10/2026; on 23/11/2026 that is 24 days late.
                    new SessionEntry(null, sam.id(), SupervisionSession.held(LocalDate.of(2026, 10, 1),
                            SessionKind.INDIVIDUAL).withRecord(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5)))));
        }
    }

    @Test
    void duePrintsOneCsvLinePerActiveSupervisee() {
        Run due = run("due", "--data-dir", dir.resolve("data").toString(), "--on", "2026-11-23",
                "--passphrase-file", passphrase.toString());
        assertThat(due.exitCode()).as(due.err()).isZero();
        List<String> lines = due.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("employee_number,name,role,last_session,next_due,days_overdue,status,"
                + "unsigned_records,earliest_signing_deadline");
        assertThat(lines).hasSize(3);
        // Sefton sets no timescale for signing (6.2): the unsigned record is listed without a deadline.
        assertThat(lines.get(1)).startsWith("E1,Jo Bloggs,social-worker,2026-11-02,2026-12-02,0,");
        assertThat(lines.get(1)).endsWith(",1,");
        assertThat(lines.get(2)).startsWith("E2,Sam Smith,social-worker,2026-10-01,2026-10-30,24,");
        assertThat(lines.get(2).split(",")[6]).isIn("overdue", "escalate");
    }

    @Test
    void dueCanUseAnotherPackForOneRun() {
        Run due = run("due", "--data-dir", dir.resolve("data").toString(), "--on", "2026-11-23", "--pack",
                "sandwell", "--passphrase-file", passphrase.toString());
        assertThat(due.exitCode()).isZero();
        // Sandwell: signed within 3 working days, so Jo's 02/11 record was due by 05/11/2026.
        assertThat(due.out().lines().skip(1).findFirst().orElseThrow()).endsWith(",1,2026-11-05");

        Run unknown = run("due", "--data-dir", dir.resolve("data").toString(), "--pack", "atlantis",
                "--passphrase-file", passphrase.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no shipped pack called 'atlantis'");
    }

    @Test
    void policyListAndCheck() throws Exception {
        Run list = run("policy", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines()).hasSize(6).anyMatch(l -> l.startsWith("sefton"));

        Path good = dir.resolve("mine.yaml");
        Files.writeString(good, new uk.supervisiondesk.policy.pack.PolicyPackLoader().bundledText("blackpool"));
        assertThat(run("policy", "check", good.toString()).out()).contains("a valid policy pack for Blackpool");

        Path bad = dir.resolve("broken.yaml");
        Files.writeString(bad, Files.readString(good).replace("every: 1 month", "every: -1 month"));
        Run check = run("policy", "check", bad.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).startsWith(bad + ":");
        assertThat(run("policy", "check", dir.resolve("missing.yaml").toString()).exitCode()).isEqualTo(2);
    }
}
