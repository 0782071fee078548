package uk.supervisiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.supervisiondesk.app.cli.DeskCommand;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.StaffDao;

class CommandLineTest {
    @TempDir
    Path dir;

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

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).satisfies(r -> {
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).startsWith("Supervision Desk ");
        });
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("demo", "bench", "--passphrase-file", "SUPERVISION_DESK_PASSPHRASE");
    }

    @Test
    void demoCreatesAndFillsADatabaseTheSameWayForTheSameSeed() throws Exception {
        Path passphrase = dir.resolve("passphrase.txt");
        Files.writeString(passphrase, "orange kettle winter bus\n");
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        Run run = run("demo", "--data-dir", first.toString(), "--staff", "12", "--years", "3", "--seed", "42",
                "--passphrase-file", passphrase.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("added 12 sample supervisees");
        assertThat(run("demo", "--data-dir", second.toString(), "--staff", "12", "--years", "3", "--seed", "42",
                "--passphrase-file", passphrase.toString()).exitCode()).isZero();

        assertThat(staffIn(first)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .isEqualTo(staffIn(second));
        assertThat(staffIn(first)).hasSize(12);
    }

    @Test
    void demoRefusesToLoadTwice() throws Exception {
        Path passphrase = dir.resolve("p");
        Files.writeString(passphrase, "orange kettle winter bus");
        Path data = dir.resolve("data");
        assertThat(run("demo", "--data-dir", data.toString(), "--staff", "3", "--passphrase-file",
                passphrase.toString()).exitCode()).isZero();
        Run again = run("demo", "--data-dir", data.toString(), "--staff", "3", "--passphrase-file",
                passphrase.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).startsWith("error: Sample data is already in");
    }

    @Test
    void errorsGoToStderrWithANonZeroExitCode() throws Exception {
        Run noPassphrase = run("demo", "--data-dir", dir.resolve("d").toString());
        assertThat(noPassphrase.exitCode()).isEqualTo(2);
        assertThat(noPassphrase.err()).contains("No passphrase given");
        assertThat(noPassphrase.out()).isEmpty();

        Path weak = dir.resolve("weak");
        Files.writeString(weak, "abc");
        Run weakRun = run("demo", "--data-dir", dir.resolve("d").toString(), "--passphrase-file", weak.toString());
        assertThat(weakRun.exitCode()).isEqualTo(1);
        assertThat(weakRun.err()).contains("not strong enough");
        assertThat(new DataFolder(dir.resolve("d")).hasDatabase()).isFalse();

        Path good = dir.resolve("good");
        Files.writeString(good, "orange kettle winter bus");
        assertThat(run("demo", "--data-dir", dir.resolve("d").toString(), "--staff", "2", "--passphrase-file",
                good.toString()).exitCode()).isZero();
        Files.writeString(weak, "the wrong passphrase entirely");
        Run wrong = run("demo", "--data-dir", dir.resolve("d").toString(), "--passphrase-file", weak.toString());
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).contains("does not open the database").doesNotContain("Exception");

        Run unknown = run("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("frobnicate");
    }

    @Test
    void benchStartupRefusesALauncherThatCannotRunBeforeStartingAnything() {
        Path missing = dir.resolve("Supervision Desk");
        Run run = run("bench", "startup", "--runs", "1", "--launcher", missing.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--launcher " + missing + " is not a program that can be run");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void benchPdfWithNoWarmUpsRendersAndSignsOnce() {
        Run run = run("bench", "pdf", "--runs", "1", "--warm-ups", "0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("pdf_pages=3", "pdf_runs=1").containsPattern("sign_ms=\\d");

        Run negative = run("bench", "pdf", "--warm-ups", "-1");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--warm-ups not negative");
    }

    @Test
    void aPassphraseIsNeverTakenFromAnArgument() {
        Run run = run("demo", "--data-dir", dir.toString(), "--passphrase", "orange kettle winter bus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option");
    }

    private static List<Supervisee> staffIn(Path folder) throws Exception {
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(folder), "orange kettle winter bus".toCharArray())) {
            return db.dao(StaffDao.class).findAll();
        }
    }
}
