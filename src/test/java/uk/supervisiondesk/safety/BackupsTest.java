package uk.supervisiondesk.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.AuditEntryRow;
import uk.supervisiondesk.store.AuditTrailCheck;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DatabaseIntegrityCheck;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.store.WrongPassphraseException;
import uk.supervisiondesk.testing.TestData;

class BackupsTest {
    @TempDir
    Path dir;
    private DataFolder folder;
    private Path backupFolder;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-20T14:05:33Z"));
    private final Backups backups = new Backups(clock, "test");

    @BeforeEach
    void createDatabase() throws Exception {
        folder = new DataFolder(dir.resolve("data"));
        backupFolder = Files.createDirectories(dir.resolve("backups on the network"));
        try (DeskDatabase db = DeskDatabase.create(folder, PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            Filled.person(db, clock, "E1", "Jo", "Bloggs", "Feeling stretched this month");
            Filled.person(db, clock, "E2", "Sam", "Patel", "Settling in well");
        }
    }

    @Test
    void aRestoredBackupHoldsExactlyWhatTheDatabaseHeldWhenItWasMade() throws Exception {
        StoreContents atBackup;
        Path file;
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            atBackup = StoreContents.of(db);
            file = backups.backup(db, backupFolder.resolve("before the move.sdbackup")).path();
            // Work carries on after the backup: this must be gone after the restore, and kept aside.
            Filled.person(db, clock, "E3", "Alex", "Later", "Written after the backup");
        }

        RestoreResult result = backups.restore(folder, file, PASSPHRASE);

        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            StoreContents restored = StoreContents.of(db);
            // The restore adds its own entry after everything the backup held.
            assertThat(restored.withAuditUpTo(atBackup.audit().size())).isEqualTo(atBackup);
            List<AuditEntryRow> trail = db.dao(AuditDao.class).all();
            assertThat(trail.get(trail.size() - 1).action()).isEqualTo("restore");
            assertThat(trail.get(trail.size() - 1).detail()).contains("replaced-2026-11-20T14-05-33");
            assertThat(AuditTrailCheck.firstBrokenLink(trail)).isEmpty();
            assertThat(DatabaseIntegrityCheck.problem(db)).isEmpty();
        }
        assertThat(result.restored().supervisees()).isEqualTo(2);
        assertThat(result.replacedKeptIn()).contains(folder.root().resolve("replaced-2026-11-20T14-05-33"));
        try (DeskDatabase kept = DeskDatabase.open(new DataFolder(result.replacedKeptIn().orElseThrow()), PASSPHRASE)) {
            assertThat(new StaffRegister(kept, clock).count()).as("the replaced database, whole").isEqualTo(3);
        }
        assertThat(folder.root().resolve(".staged")).doesNotExist();
    }

    @Test
    void aBackupRecordsItselfInTheAuditTrailAndItsDescriptionHoldsNoPersonalData() throws Exception {
        BackupFile made;
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            made = backups.backup(db, backupFolder.resolve("one.sdbackup"));
            AuditEntryRow last = db.dao(AuditDao.class).last().orElseThrow();
            assertThat(last.action()).isEqualTo("backup");
            assertThat(last.detail()).isEqualTo("backup written: one.sdbackup");
        }
        assertThat(made.manifest().supervisees()).isEqualTo(2);
        assertThat(made.manifest().records()).isEqualTo(4);
        assertThat(made.manifest().sessions()).isEqualTo(4);
        assertThat(made.manifest().createdAt()).isEqualTo(clock.instant());
        try (ZipFile zip = new ZipFile(made.path().toFile())) {
            assertThat(zip.stream().map(e -> e.getName()))
                    .containsExactly("manifest.properties", "supervision-desk.mv.db", "key.properties");
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.properties")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(manifest).doesNotContain("Bloggs", "Patel", "Jo ", "stretched");
        }
        assertThat(Backups.describe(made.path())).contains(made);
    }

    @Test
    void inspectingABackupSaysWhatItHoldsAndLeavesNothingBehind() throws Exception {
        Path file;
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            file = backups.backupToFolder(db, backupFolder).path();
        }
        List<Path> scratchBefore = inspectScratchFolders();

        BackupContents contents = backups.inspect(file, PASSPHRASE);

        assertThat(contents.supervisees()).isEqualTo(2);
        assertThat(contents.records()).isEqualTo(4);
        assertThat(contents.sessions()).isEqualTo(4);
        assertThat(contents.auditEntries()).isGreaterThan(10);
        assertThat(contents.auditProblem()).isEmpty();
        assertThat(contents.file().path().getFileName().toString())
                .isEqualTo("supervision-desk-2026-11-20-140533.sdbackup");
        assertThat(inspectScratchFolders()).as("the temporary copy is deleted").isEqualTo(scratchBefore);
    }

    @Test
    void aTruncatedBackupIsRefusedInPlainWordsAndNothingChanges() throws Exception {
        Path file;
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            file = backups.backup(db, backupFolder.resolve("cut.sdbackup")).path();
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length * 2 / 3));
        String before = fingerprint(folder);

        assertThatThrownBy(() -> backups.inspect(file, PASSPHRASE))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageStartingWith("This backup file is incomplete:")
                .hasMessageContaining("Choose another backup");
        assertThatThrownBy(() -> backups.restore(folder, file, PASSPHRASE))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageStartingWith("This backup file is incomplete:");
        assertThat(fingerprint(folder)).isEqualTo(before);
        assertThat(Backups.describe(file)).as("not offered as a backup").isEmpty();
    }

    @Test
    void aBackupWhoseDatabaseWasDamagedIsRefused() throws Exception {
        Path file;
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            file = backups.backup(db, backupFolder.resolve("damaged.sdbackup")).path();
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(file, bytes);

        assertThatThrownBy(() -> backups.restore(folder, file, PASSPHRASE))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageStartingWith("This backup file is damaged:")
                .hasMessageContaining("Choose another backup.")
                .hasMessageEndingWith("The database in use has not been changed.");
    }

    @Test
    void aWrongPassphraseRestoresNothing() throws Exception {
        Path file;
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            file = backups.backup(db, backupFolder.resolve("one.sdbackup")).path();
        }
        String before = fingerprint(folder);

        assertThatThrownBy(() -> backups.restore(folder, file, "not the passphrase at all".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);

        assertThat(fingerprint(folder)).isEqualTo(before);
        assertThat(folder.root().resolve(".staged")).doesNotExist();
    }

    @Test
    void aRestoreWaitsUntilTheDatabaseIsClosed() throws Exception {
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            Path file = backups.backup(db, backupFolder.resolve("one.sdbackup")).path();
            assertThatThrownBy(() -> backups.restore(folder, file, PASSPHRASE))
                    .isInstanceOf(BackupRefusedException.class)
                    .hasMessageContaining("still open");
        }
    }

    @Test
    void aBackupRestoresOntoANewLaptopWithNoDatabaseYet() throws Exception {
        Path file;
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            file = backups.backup(db, backupFolder.resolve("one.sdbackup")).path();
        }
        DataFolder fresh = new DataFolder(dir.resolve("new laptop"));

        RestoreResult result = backups.restore(fresh, file, PASSPHRASE);

        assertThat(result.replacedKeptIn()).isEmpty();
        try (DeskDatabase db = DeskDatabase.open(fresh, PASSPHRASE)) {
            assertThat(new StaffRegister(db, clock).count()).isEqualTo(2);
        }
    }

    @Test
    void aBackupNeverOverwritesAFile() throws Exception {
        Path existing = Files.writeString(backupFolder.resolve("taken.sdbackup"), "someone else's");
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            assertThatThrownBy(() -> backups.backup(db, existing))
                    .isInstanceOf(BackupRefusedException.class)
                    .hasMessageContaining("never overwrites");
            assertThatThrownBy(() -> backups.backup(db, dir.resolve("no such folder").resolve("x.sdbackup")))
                    .isInstanceOf(BackupRefusedException.class)
                    .hasMessageContaining("cannot be found");
        }
        assertThat(Files.readString(existing)).isEqualTo("someone else's");
    }

    @Test
    void rotationKeepsTheNewestAutomaticBackupsAndNeverTouchesOnesTheUserNamed() throws Exception {
        Path named;
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            named = backups.backup(db, backupFolder.resolve("before the audit.sdbackup")).path();
            for (int day = 0; day < 5; day++) {
                backups.backupToFolder(db, backupFolder);
                clock.advance(Duration.ofDays(1));
            }
        }

        List<Path> removed = backups.rotate(backupFolder, 3);

        assertThat(removed).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "supervision-desk-2026-11-20-140533.sdbackup", "supervision-desk-2026-11-21-140533.sdbackup");
        try (Stream<Path> left = Files.list(backupFolder)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "before the audit.sdbackup", "supervision-desk-2026-11-22-140533.sdbackup",
                    "supervision-desk-2026-11-23-140533.sdbackup", "supervision-desk-2026-11-24-140533.sdbackup");
        }
        assertThat(named).exists();
    }

    @Test
    void automaticBackupsAreDailyGoToTheChosenFolderAndKeepTheNumberSet() throws Exception {
        AutomaticBackup automatic = new AutomaticBackup(backups, clock);
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            BackupSettings settings = new BackupSettings(db, clock);
            assertThat(settings.keep()).isEqualTo(14);
            assertThat(settings.folder()).isEqualTo(folder.defaultBackupFolder());
            settings.chooseFolder(backupFolder);
            settings.keep(2);

            assertThat(automatic.ifDue(db)).as("never backed up: due at once").isPresent();
            assertThat(automatic.ifDue(db)).as("just backed up").isEmpty();
            clock.advance(Duration.ofHours(23));
            assertThat(automatic.ifDue(db)).isEmpty();
            clock.advance(Duration.ofHours(1));
            assertThat(automatic.ifDue(db)).isPresent();
            clock.advance(Duration.ofMinutes(5));
            AutomaticBackup.Made onExit = automatic.now(db);

            assertThat(onExit.removed()).hasSize(1);
            assertThat(settings.lastBackupAt()).contains(clock.instant());
        }
        try (Stream<Path> left = Files.list(backupFolder)) {
            assertThat(left.count()).isEqualTo(2);
        }
    }

    @Test
    void aDamagedDatabaseIsOfferedTheNewestBackupThatIsWhole() throws Exception {
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            new BackupSettings(db, clock).chooseFolder(backupFolder);
            backups.backupToFolder(db, backupFolder);
            clock.advance(Duration.ofDays(1));
            backups.backupToFolder(db, backupFolder);
            clock.advance(Duration.ofDays(1));
            Path newest = backups.backupToFolder(db, backupFolder).path();
            byte[] whole = Files.readAllBytes(newest);
            Files.write(newest, Arrays.copyOf(whole, whole.length / 2));
        }

        // The database cannot be opened to read the setting: the plain copy of it finds the folder.
        Optional<BackupFile> offered = DamagedDatabaseRecovery.newestBackup(folder, null);

        assertThat(offered).get().extracting(b -> b.path().getFileName().toString())
                .isEqualTo("supervision-desk-2026-11-21-140533.sdbackup");
        assertThat(DamagedDatabaseRecovery.backupsNewestFirst(folder, null)).hasSize(2);
    }

    private List<Path> inspectScratchFolders() throws IOException {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith("supervision-desk-inspect-")).sorted()
                    .toList();
        }
    }

    private static String fingerprint(DataFolder folder) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder.root())) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.append(folder.root().relativize(p)).append(' ')
                        .append(Arrays.hashCode(Files.readAllBytes(p))).append('\n');
            }
        }
        return out.toString();
    }

    /** A clock the test moves on by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
