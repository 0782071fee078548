package uk.supervisiondesk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.calendar.IcsReader;
import uk.supervisiondesk.calendar.ImportedCalendar;
import uk.supervisiondesk.calendar.ImportedEvent;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SupervisionFileItem;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.export.SupervisionFileLayout;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.policy.pack.SupervisionFileOrder;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.TestData;

/**
 * Filing the supervision file into a shared library in the policy's order: the places and names,
 * scans beside their record, the calendar, and never damaging what is already there.
 */
class SupervisionFileExportTest {
    @TempDir
    Path dir;
    Path library;
    FilingDesk desk;
    SupervisionFileOrder order;
    byte[] signedInPerson;

    @BeforeEach
    void setUp() throws Exception {
        desk = new FilingDesk(dir.resolve("data"));
        desk.filing.signInPerson(desk.record, FilingDesk.drawing("Alex"), FilingDesk.drawing("Jo"), "Jo Bloggs",
                "Alex Morgan", LocalDate.of(2026, 11, 20));
        signedInPerson = desk.filing.filedPdf(desk.record.id(), 1).orElseThrow();
        SupervisionRecord welfare = desk.completed("welfare", null);
        desk.filing.recordPaper(welfare, LocalDate.of(2026, 11, 23),
                Files.write(dir.resolve("scan.png"), SigningOnPaperTest.png()));
        desk.completed("agreement-sefton", null);
        order = new PolicyPackLoader().bundled("sefton").supervisionFile().orElseThrow();
        library = Files.createDirectories(dir.resolve("SharePoint library"));
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    private SupervisionFileExport export() {
        return new SupervisionFileExport(desk.db, FilingDesk.TODAY, desk.filing, order);
    }

    private String section(uk.supervisiondesk.domain.SupervisionFileItem item) {
        return new uk.supervisiondesk.export.SupervisionFileLayout(order).sectionFolder(item);
    }

    @Test
    void recordsScansAndTheCalendarGoIntoTheirSectionsInThePolicysOrder() throws Exception {
        // Booked on the sessions sheet: one on an agreed date (the same event), one more.
        for (LocalDate booked : List.of(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 2, 12))) {
            desk.log.save(new uk.supervisiondesk.domain.SessionEntry(null, desk.jo.id(),
                    uk.supervisiondesk.domain.SupervisionSession.planned(booked,
                            uk.supervisiondesk.domain.SessionKind.INDIVIDUAL)));
        }
        SupervisionFileExport.Summary summary = export().exportSupervisee(library, desk.jo,
                SupervisionFileExport.Progress.NONE);

        Path jo = library.resolve("Bloggs, Jo (E1042)");
        Path records = jo.resolve(section(uk.supervisiondesk.domain.SupervisionFileItem.INDIVIDUAL));
        assertThat(Files.readAllBytes(records.resolve("2026-11-20 Individual supervision v1.pdf")))
                .as("exactly as it was signed").isEqualTo(signedInPerson);
        Path welfareFolder = jo.resolve(section(uk.supervisiondesk.domain.SupervisionFileItem.WELFARE));
        assertThat(welfareFolder.resolve("2026-11-20 Welfare supervision v1.pdf")).isRegularFile();
        assertThat(welfareFolder.resolve("2026-11-20 Welfare supervision v1 paper signatures.png"))
                .as("the scan beside its record").isRegularFile();
        assertThat(jo.resolve(section(uk.supervisiondesk.domain.SupervisionFileItem.AGREEMENT))
                .resolve("2026-11-20 Supervision agreement v1.pdf")).isRegularFile();
        Path ics = jo.resolve(section(uk.supervisiondesk.domain.SupervisionFileItem.CALENDAR))
                .resolve("Supervision calendar.ics");
        ImportedCalendar calendar = IcsReader.read(Files.readAllBytes(ics));
        assertThat(calendar.isFor("E1042")).isTrue();
        assertThat(calendar.sessions()).extracting(s -> s.date())
                .containsExactly(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 12));
        assertThat(summary.written()).as("3 records, a scan, the calendar, two sheets, the whole file").isEqualTo(8);
        assertThat(summary.renamed()).isEmpty();
        String frontSheet = PdfText.of(Files.readAllBytes(jo.resolve(section(SupervisionFileItem.FRONT_SHEET))
                .resolve("Personal details front sheet.pdf")));
        assertThat(frontSheet).contains("Personal details front sheet", "E1042", "Bloggs");
        String monitoring = PdfText.of(Files.readAllBytes(jo.resolve(section(SupervisionFileItem.MONITORING_SHEET))
                .resolve("Supervision monitoring sheet.pdf")));
        assertThat(monitoring).contains("Supervision monitoring sheet", "18/12/2026", "Booked");
        Path whole = jo.resolve("Supervision file 2026-11-23.pdf");
        String text = PdfText.of(Files.readAllBytes(whole));
        assertThat(text).contains("Supervision file: Jo Bloggs", "signed originals are the separate files");
        assertThat(text.indexOf("2026-11-20 Supervision agreement v1"))
                .as("in the policy's order: the agreement's section before the records'")
                .isLessThan(text.indexOf("2026-11-20 Individual supervision v1"));
        try (var pdf = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(whole.toFile()))) {
            var bookmarks = pdf.getOutlines(false).getAllChildren();
            assertThat(bookmarks.get(0).getTitle()).isEqualTo("Contents");
            assertThat(bookmarks.stream().flatMap(b -> b.getAllChildren().stream()).map(b -> b.getTitle()))
                    .contains("2026-11-20 Individual supervision v1", "2026-11-20 Welfare supervision v1");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
        }
        assertThat(partials()).isEmpty();

        // Exported again: the same bytes (the calendar too, so its event ids and stamp stay) and nothing new.
        List<String> uids = calendar.events().stream().map(ImportedEvent::uid).toList();
        SupervisionFileExport.Summary again = export().exportSupervisee(library, desk.jo,
                SupervisionFileExport.Progress.NONE);
        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).as("the sheets and the one-PDF file too: made from the same, left alone")
                .isEqualTo(8);
        assertThat(IcsReader.read(Files.readAllBytes(ics)).events().stream().map(ImportedEvent::uid).toList())
                .isEqualTo(uids);
    }

    @Test
    void aDifferentFileWithTheNameIsNeverReplacedAndTheNewVersionNameIsReported() throws Exception {
        Path records = library.resolve("Bloggs, Jo (E1042)")
                .resolve(section(uk.supervisiondesk.domain.SupervisionFileItem.INDIVIDUAL));
        Files.createDirectories(records);
        Path theirs = Files.writeString(records.resolve("2026-11-20 Individual supervision v1.pdf"), "someone's notes");

        SupervisionFileExport.Summary summary = export().exportAll(library, Optional.empty(), false,
                SupervisionFileExport.Progress.NONE);

        assertThat(Files.readString(theirs)).isEqualTo("someone's notes");
        Path ours = records.resolve("2026-11-20 Individual supervision v1 (2).pdf");
        assertThat(Files.readAllBytes(ours)).isEqualTo(signedInPerson);
        assertThat(summary.renamed()).containsExactly(ours);
    }

    @Test
    void everythingNewSkipsWhatIsFiledAndTheNotYetFiledCountGoes() throws Exception {
        assertThat(SupervisionFileExport.notYetFiled(desk.db)).containsEntry(desk.jo.id(), 3);

        export().exportAll(library, Optional.empty(), true, SupervisionFileExport.Progress.NONE);

        assertThat(SupervisionFileExport.notYetFiled(desk.db)).doesNotContainKey(desk.jo.id());
        SupervisionFileExport.Summary again = export().exportAll(library, Optional.empty(), true,
                SupervisionFileExport.Progress.NONE);
        assertThat(again.records()).as("nothing new to file").isZero();
        desk.completed("manager", null);
        assertThat(SupervisionFileExport.notYetFiled(desk.db)).containsEntry(desk.jo.id(), 1);
        SupervisionFileExport.Summary newOne = export().exportAll(library, Optional.empty(), true,
                SupervisionFileExport.Progress.NONE);
        assertThat(newOne.records()).isEqualTo(1);
        assertThat(newOne.newFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("2026-11-20 Manager supervision v1.pdf");
    }

    @Test
    void aMissingExportFolderIsRefusedClearlyAndNothingIsMade() {
        Path unplugged = dir.resolve("S-drive").resolve("Supervision");

        assertThatThrownBy(() -> export().exportAll(unplugged, Optional.empty(), false,
                SupervisionFileExport.Progress.NONE))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("is not there").hasMessageContaining("Nothing was written");
        assertThat(dir.resolve("S-drive")).doesNotExist();
    }

    @Test
    void aReadOnlyFolderGivesAClearMessageAndNoPartialFiles() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> export().exportAll(library, Optional.empty(), false,
                    SupervisionFileExport.Progress.NONE))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("Could not write").hasMessageContaining("you may write to it");
        } finally {
            Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        try (Stream<Path> all = Files.list(library)) {
            assertThat(all).isEmpty();
        }
    }

    @Test
    void aFullDiskLeavesNoPartialFileAndSaysWhatToDo() throws Exception {
        SupervisionFileExport export = new SupervisionFileExport(desk.db, FilingDesk.TODAY, desk.filing, order,
                new SupervisionFileLayout(order), temp -> new FullAfter(temp, 4096));

        assertThatThrownBy(() -> export.exportSupervisee(library, desk.jo, SupervisionFileExport.Progress.NONE))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("No space left on device").hasMessageContaining("the drive has space");
        try (Stream<Path> all = Files.walk(library)) {
            assertThat(all.filter(p -> !p.equals(library)))
                    .as("no partial or half-written file, and no empty folder that looks like a lost file").isEmpty();
        }
    }

    @Test
    void aFailureKeepsTheFilesAlreadyPlacedButRemovesTheFoldersItLeftEmpty() throws Exception {
        // The drive fills up at the agreement, the first file of its section's folder.
        SupervisionFileExport export = new SupervisionFileExport(desk.db, FilingDesk.TODAY, desk.filing, order,
                new SupervisionFileLayout(order), temp -> temp.getFileName().toString()
                .startsWith(".2026-11-20 Supervision agreement") ? new FullAfter(temp, 1024)
                : FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        List<Path> placed = new ArrayList<>();
        SupervisionFileExport.Progress noted = new SupervisionFileExport.Progress() {
            @Override
            public void done(int filesDone, int filesInAll, String fileName) {
                placed.add(Path.of(fileName));
            }
        };

        assertThatThrownBy(() -> export.exportSupervisee(library, desk.jo, noted))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left on device");

        try (Stream<Path> all = Files.walk(library)) {
            assertThat(all.filter(Files::isRegularFile).map(Path::getFileName))
                    .as("what was placed before the failure stays, whole").containsExactlyInAnyOrderElementsOf(placed);
        }
        assertThat(library.resolve("Bloggs, Jo (E1042)").resolve(section(SupervisionFileItem.AGREEMENT)))
                .doesNotExist();
        try (Stream<Path> all = Files.walk(library)) {
            assertThat(all.filter(p -> !p.equals(library)).filter(Files::isDirectory)
                    .filter(SupervisionFileExportTest::isEmptyFolder)).as("no folder left empty").isEmpty();
        }
        assertThat(partials()).isEmpty();
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> inside = Files.list(folder)) {
            return inside.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aChangedCalendarReplacesTheAppsOwnCopySoOutlookUpdatesIt() throws Exception {
        export().exportSupervisee(library, desk.jo, SupervisionFileExport.Progress.NONE);
        Path ics = library.resolve("Bloggs, Jo (E1042)").resolve(section(SupervisionFileItem.CALENDAR))
                .resolve("Supervision calendar.ics");
        List<String> uidsBefore = IcsReader.read(Files.readAllBytes(ics)).events().stream()
                .map(ImportedEvent::uid).toList();

        desk.log.save(new SessionEntry(null, desk.jo.id(),
                SupervisionSession.planned(LocalDate.of(2027, 2, 12), SessionKind.INDIVIDUAL)));
        SupervisionFileExport.Summary summary = export().exportAll(library, Optional.empty(), true,
                SupervisionFileExport.Progress.NONE);

        Path monitoringSheet = library.resolve("Bloggs, Jo (E1042)").resolve(section(SupervisionFileItem.MONITORING_SHEET))
                .resolve("Supervision monitoring sheet.pdf");
        assertThat(summary.replaced()).as("the booked session is on the monitoring sheet too")
                .containsExactlyInAnyOrder(ics, monitoringSheet);
        assertThat(summary.renamed()).isEmpty();
        assertThat(ics.resolveSibling("Supervision calendar (2).ics")).doesNotExist();
        ImportedCalendar updated = IcsReader.read(Files.readAllBytes(ics));
        assertThat(updated.sessions()).extracting(s -> s.date()).contains(LocalDate.of(2027, 2, 12));
        assertThat(updated.events().stream().map(ImportedEvent::uid).toList())
                .as("the events already imported keep their ids, so Outlook updates them")
                .containsAll(uidsBefore);
    }

    @Test
    void aCalendarSomeoneChangedInTheLibraryIsKeptAndTheNewOneGetsANewName() throws Exception {
        export().exportSupervisee(library, desk.jo, SupervisionFileExport.Progress.NONE);
        Path ics = library.resolve("Bloggs, Jo (E1042)").resolve(section(SupervisionFileItem.CALENDAR))
                .resolve("Supervision calendar.ics");
        String edited = Files.readString(ics).replace("SUMMARY:", "SUMMARY:Moved by Jo - ");
        Files.writeString(ics, edited);

        desk.log.save(new SessionEntry(null, desk.jo.id(),
                SupervisionSession.planned(LocalDate.of(2027, 2, 12), SessionKind.INDIVIDUAL)));
        SupervisionFileExport.Summary summary = export().exportAll(library, Optional.empty(), true,
                SupervisionFileExport.Progress.NONE);

        assertThat(Files.readString(ics)).isEqualTo(edited);
        Path ours = ics.resolveSibling("Supervision calendar (2).ics");
        assertThat(summary.renamed()).containsExactly(ours);
        assertThat(summary.replaced()).doesNotContain(ics);
    }

    @Test
    void theWholeFileIsRememberedAndANewerOneThatDayReplacesTheAppsOwn() throws Exception {
        export().exportSupervisee(library, desk.jo, SupervisionFileExport.Progress.NONE);
        Path whole = library.resolve("Bloggs, Jo (E1042)").resolve("Supervision file 2026-11-23.pdf");
        assertThat(ledgerRows("whole-file")).containsExactly("Bloggs, Jo (E1042)/Supervision file 2026-11-23.pdf");

        desk.completed("manager", null);
        SupervisionFileExport.Summary summary = export().exportSupervisee(library, desk.jo,
                SupervisionFileExport.Progress.NONE);

        assertThat(summary.replaced()).containsExactly(whole);
        assertThat(PdfText.of(Files.readAllBytes(whole))).contains("2026-11-20 Manager supervision v1");
        try (Stream<Path> top = Files.list(whole.getParent())) {
            assertThat(top.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Supervision file")))
                    .containsExactly("Supervision file 2026-11-23.pdf");
        }
        assertThat(ledgerRows("whole-file")).hasSize(1);
    }

    @Test
    void aChangedFrontSheetIsRemadeInPlaceAndAnUnchangedOneIsNotTouched() throws Exception {
        export().exportAll(library, Optional.empty(), false, SupervisionFileExport.Progress.NONE);
        Path jo = library.resolve("Bloggs, Jo (E1042)");
        Path front = jo.resolve(section(SupervisionFileItem.FRONT_SHEET)).resolve("Personal details front sheet.pdf");
        Path monitoring = jo.resolve(section(SupervisionFileItem.MONITORING_SHEET))
                .resolve("Supervision monitoring sheet.pdf");
        byte[] monitoringBefore = Files.readAllBytes(monitoring);

        var e = desk.jo.employment();
        new StaffRegister(desk.db, FilingDesk.TODAY).save(new uk.supervisiondesk.domain.Supervisee(desk.jo.id(),
                desk.jo.employeeNumber(), desk.jo.personal(), new uk.supervisiondesk.domain.Employment(
                "Senior Practitioner", e.team(), e.workplaceAddress(), e.workMobile(), e.hoursPerWeek(),
                e.employmentStart(), e.currentPostStart(), e.supervisorName(), e.asyeStart(), e.leavingDate()),
                desk.jo.emergencyContact(), desk.jo.roleHistory()));
        SupervisionFileExport.Summary summary = export().exportAll(library, Optional.empty(), true,
                SupervisionFileExport.Progress.NONE);

        assertThat(summary.replaced()).containsExactly(front);
        assertThat(PdfText.of(Files.readAllBytes(front))).contains("Senior Practitioner");
        assertThat(Files.readAllBytes(monitoring)).as("nothing on it changed, so not even remade")
                .isEqualTo(monitoringBefore);
    }

    private List<String> ledgerRows(String kind) {
        return desk.db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT relative_path FROM exported_file WHERE kind = :kind ORDER BY id")
                .bind("kind", kind).mapTo(String.class).list());
    }

    @Test
    void aNameWithCharactersWindowsRefusesIsMadeSafe() throws Exception {
        var odd = new StaffRegister(desk.db, FilingDesk.TODAY).save(TestData.socialWorker("E7/9", "Jo?",
                "CON", LocalDate.of(2025, 3, 3)));
        desk.book.complete(desk.book.create(new SupervisionRecord(null, odd.id(), "welfare", "welfare",
                LocalDate.of(2026, 11, 18), null, uk.supervisiondesk.domain.RecordStatus.DRAFT, 1,
                FilledRecords.values(FilingDesk.TEMPLATES.bundled("welfare")), null)), List.of(), List.of(), null);

        export().exportAll(library, Optional.of("E7/9"), false, SupervisionFileExport.Progress.NONE);

        try (Stream<Path> top = Files.list(library)) {
            assertThat(top.map(p -> p.getFileName().toString())).containsExactly("CON, Jo- (E7-9)");
        }
    }

    @Test
    void theFlatLayoutIsRememberedTooSoTheDashboardKnowsItIsFiled() {
        assertThat(SupervisionFileExport.notYetFiled(desk.db)).containsEntry(desk.jo.id(), 3);

        SupervisionFileExport.Summary summary = SupervisionFileExport.flat(desk.db, FilingDesk.TODAY, desk.filing)
                .exportAll(library, Optional.empty(), false, SupervisionFileExport.Progress.NONE);

        assertThat(summary.records()).isEqualTo(3);
        assertThat(summary.scans()).isEqualTo(1);
        assertThat(summary.supervisees()).isEqualTo(1);
        assertThat(library.resolve("E1042-Bloggs").resolve("2026-11-20-individual-v1.pdf")).isRegularFile();
        assertThat(library.resolve("E1042-Bloggs").resolve("2026-11-20-welfare-v1-paper-scan.png")).isRegularFile();
        assertThat(SupervisionFileExport.notYetFiled(desk.db)).doesNotContainKey(desk.jo.id());
        assertThat(ledgerRows("calendar")).as("the flat layout has no calendar").isEmpty();
    }

    @Test
    void cancellingMidExportLeavesOnlyWholeFiles() throws Exception {
        List<String> done = new ArrayList<>();
        SupervisionFileExport.Progress cancelAfterTwo = new SupervisionFileExport.Progress() {
            @Override
            public void done(int filesDone, int filesInAll, String fileName) {
                done.add(fileName);
            }

            @Override
            public boolean cancelled() {
                return done.size() >= 2;
            }
        };

        assertThatThrownBy(() -> export().exportSupervisee(library, desk.jo, cancelAfterTwo))
                .isInstanceOf(SupervisionFileExport.CancelledException.class);

        try (Stream<Path> all = Files.walk(library)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(done);
        }
        assertThat(partials()).isEmpty();
    }

    private List<Path> partials() throws IOException {
        try (Stream<Path> all = Files.walk(library)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".partial")).toList();
        }
    }

    /** A drive that takes {@code room} bytes and then reports itself full, as a real one does. */
    private static final class FullAfter implements WritableByteChannel {
        private final FileChannel channel;
        private long room;

        FullAfter(Path temp, long room) throws IOException {
            this.channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            this.room = room;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (room <= 0) {
                throw new IOException("No space left on device");
            }
            int n = (int) Math.min(room, src.remaining());
            ByteBuffer slice = src.slice().limit(n);
            int written = channel.write(slice);
            src.position(src.position() + written);
            room -= written;
            return written;
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
