package uk.supervisiondesk.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.supervisiondesk.app.cli.DeskCommand;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.pdf.PdfVerifier;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.TestData;

/** `export` writes every completed record as a signed PDF per supervisee, never replacing a different file. */
class ExportCommandTest {
    @TempDir
    Path dir;
    Path data;
    Path out;
    Path passphrase;
    byte[] signedInPerson;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = DeskCommand.commandLine();
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(stderr));
        return new Run(cli.execute(args), stdout.toString(), stderr.toString());
    }

    /**
     * Jo Bloggs (E1042): an individual record signed in person, a welfare record signed on paper,
     * a completed agreement nobody has signed yet, and a draft. Sam O'Neill (E2001): one
     * completed welfare record.
     */
    @BeforeEach
    void setUp() throws Exception {
        data = dir.resolve("data");
        out = dir.resolve("SharePoint library");
        passphrase = Files.writeString(dir.resolve("passphrase"), new String(TestData.PASSPHRASE));
        try (FilingDesk desk = new FilingDesk(data)) {
            desk.filing.signInPerson(desk.record, FilingDesk.drawing("Alex"), FilingDesk.drawing("Jo"), "Jo Bloggs",
                    "Alex Morgan", LocalDate.of(2026, 11, 20));
            signedInPerson = desk.filing.filedPdf(desk.record.id(), 1).orElseThrow();
            SupervisionRecord welfare = desk.completed("welfare", null);
            Path scan = Files.write(dir.resolve("scan.png"), SigningOnPaperTest.png());
            desk.filing.recordPaper(welfare, LocalDate.of(2026, 11, 23), scan);
            desk.completed("agreement-default", null);
            desk.book.create(new SupervisionRecord(null, desk.jo.id(), "manager", "manager", LocalDate.of(2026, 11, 23),
                    null, uk.supervisiondesk.domain.RecordStatus.DRAFT, 1, java.util.Map.of(), null));
            var sam = new StaffRegister(desk.db, FilingDesk.TODAY).save(TestData.socialWorker("E2001", "Sam", "O'Neill",
                    LocalDate.of(2025, 3, 3)));
            desk.book.complete(desk.book.create(new SupervisionRecord(null, sam.id(), "welfare", "welfare",
                    LocalDate.of(2026, 11, 18), null, uk.supervisiondesk.domain.RecordStatus.DRAFT, 1,
                    FilledRecords.values(FilingDesk.TEMPLATES.bundled("welfare")), null)), List.of(), List.of(), null);
        }
    }

    @Test
    void everyCompletedRecordIsExportedSignedIntoAFolderPerSupervisee() throws Exception {
        Run export = run("export", "--data-dir", data.toString(), "--out", out.toString(), "--passphrase-file",
                passphrase.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).isEqualTo("Exported 4 records for 2 supervisees to " + out + ": 5 new files, 0 already "
                + "there unchanged (1 paper scan)." + System.lineSeparator());
        Path jo = out.resolve("E1042-Bloggs");
        assertThat(files(jo)).containsExactlyInAnyOrder("2026-11-20-individual-v1.pdf", "2026-11-20-welfare-v1.pdf",
                "2026-11-20-welfare-v1-paper-scan.png", "2026-11-20-agreement-v1.pdf");
        assertThat(files(out.resolve("E2001-O-Neill"))).containsExactly("2026-11-18-welfare-v1.pdf");
        assertThat(Files.readAllBytes(jo.resolve("2026-11-20-individual-v1.pdf"))).as("as it was signed")
                .isEqualTo(signedInPerson);
        for (String pdf : List.of("2026-11-20-individual-v1.pdf", "2026-11-20-welfare-v1.pdf",
                "2026-11-20-agreement-v1.pdf")) {
            assertThat(new PdfVerifier().verify(jo.resolve(pdf)).valid()).as(pdf).isTrue();
        }
        assertThat(PdfText.of(Files.readAllBytes(jo.resolve("2026-11-20-agreement-v1.pdf"))))
                .contains("Complete, not yet signed");
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(data), TestData.PASSPHRASE)) {
            assertThat(db.dao(AuditDao.class).all()).filteredOn(e -> e.action().equals("export")).hasSize(5);
        }
    }

    @Test
    void exportingAgainAddsNothingAndADifferentFileIsNeverReplaced() throws Exception {
        Path jo = out.resolve("E1042-Bloggs");
        Files.createDirectories(jo);
        Path someoneElses = Files.writeString(jo.resolve("2026-11-20-individual-v1.pdf"), "someone else's file");

        Run first = run("export", "--data-dir", data.toString(), "--out", out.toString(), "--passphrase-file",
                passphrase.toString());
        Run second = run("export", "--data-dir", data.toString(), "--out", out.toString(), "--passphrase-file",
                passphrase.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(Files.readString(someoneElses)).isEqualTo("someone else's file");
        assertThat(Files.readAllBytes(jo.resolve("2026-11-20-individual-v1-2.pdf"))).isEqualTo(signedInPerson);
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("0 new files, 5 already there unchanged");
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void oneSuperviseeOnly() {
        Run export = run("export", "--data-dir", data.toString(), "--out", out.toString(), "--employee", "E2001",
                "--passphrase-file", passphrase.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("Exported 1 record for 1 supervisee to ");
        assertThat(out.resolve("E1042-Bloggs")).doesNotExist();
    }

    @Test
    void wrongArgumentsAndPassphrasesGiveClearErrors() throws Exception {
        Run unknown = run("export", "--data-dir", data.toString(), "--out", out.toString(), "--employee", "E9",
                "--passphrase-file", passphrase.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("No one on the register has the employee number E9");

        Path file = Files.writeString(dir.resolve("a file"), "x");
        Run notAFolder = run("export", "--data-dir", data.toString(), "--out", file.toString(), "--passphrase-file",
                passphrase.toString());
        assertThat(notAFolder.exitCode()).isEqualTo(2);
        assertThat(notAFolder.err()).contains("is a file, not a folder");

        Path wrong = Files.writeString(dir.resolve("wrong"), "not the passphrase at all");
        Run wrongPassphrase = run("export", "--data-dir", data.toString(), "--out", out.toString(), "--passphrase-file",
                wrong.toString());
        assertThat(wrongPassphrase.exitCode()).isEqualTo(1);
        assertThat(wrongPassphrase.err()).contains("does not open the database");

        Run noData = run("export", "--data-dir", dir.resolve("nowhere").toString(), "--out", out.toString(),
                "--passphrase-file", passphrase.toString());
        assertThat(noData.exitCode()).isEqualTo(1);
        assertThat(noData.err()).contains("There is no database");
        assertThat(out).doesNotExist();
    }

    @Test
    void theSharePointLayoutFilesThePolicysSectionsWithTheCalendar() throws Exception {
        Files.createDirectories(out);
        Run export = run("export", "--data-dir", data.toString(), "--out", out.toString(), "--layout", "sharepoint",
                "--passphrase-file", passphrase.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("Filed 4 records into " + out + " in the policy's order: 10 new files");
        try (Stream<Path> all = Files.walk(out)) {
            List<String> names = all.filter(Files::isRegularFile).map(p -> out.relativize(p).getName(0) + "/"
                    + p.getFileName()).toList();
            assertThat(names).contains("Bloggs, Jo (E1042)/2026-11-20 Individual supervision v1.pdf",
                    "Bloggs, Jo (E1042)/2026-11-20 Welfare supervision v1 paper signatures.png",
                    "Bloggs, Jo (E1042)/Supervision calendar.ics",
                    "Bloggs, Jo (E1042)/Personal details front sheet.pdf",
                    "O'Neill, Sam (E2001)/Supervision monitoring sheet.pdf",
                    "O'Neill, Sam (E2001)/2026-11-18 Welfare supervision v1.pdf");
        }
        Run missing = run("export", "--data-dir", data.toString(), "--out", dir.resolve("unplugged").toString(),
                "--layout", "sharepoint", "--passphrase-file", passphrase.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("is not there");
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }
}
