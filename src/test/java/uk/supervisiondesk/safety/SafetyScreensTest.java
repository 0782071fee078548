package uk.supervisiondesk.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.supervisiondesk.testing.DeskUi.*;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.supervisiondesk.app.DeskRoot;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.store.WrongPassphraseException;
import uk.supervisiondesk.testing.ScriptedDialogs;
import uk.supervisiondesk.testing.TestData;
import uk.supervisiondesk.ui.safety.AuditViewModel;

/**
 * The safety screens driven as a user would, headless: the idle lock, changing the passphrase,
 * backing up and restoring, checking the audit trail, and a legal hold stopping a deletion.
 * Each test then looks in the database (and on disk) for what the screens did.
 */
@ExtendWith(ApplicationExtension.class)
class SafetyScreensTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(12, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
    private static final String NOTE = "Kestrel-Marmalade-5521 after court";

    @TempDir
    Path dir;
    private Stage stage;
    private DeskRoot root;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DataFolder folder;
    private long joId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            if (root != null) {
                root.shutdown();
            }
        });
    }

    /** A set-up database holding Jo Bloggs with a session planned, and the given idle time before locking. */
    private void seed(Duration idleTime) throws Exception {
        folder = new DataFolder(dir.resolve("data"));
        TestData.createSetUpDatabase(folder);
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            new PolicySettings(db, TODAY).choosePack("sefton");
            Supervisee jo = new StaffRegister(db, TODAY).save(
                    TestData.socialWorker("E1", "Jo", "Bloggs", LocalDate.of(2024, 1, 8)));
            joId = jo.id();
            new SessionLog(db, TODAY).saveAll(List.of(new SessionEntry(null, jo.id(),
                    SupervisionSession.planned(LocalDate.of(2026, 11, 20), SessionKind.INDIVIDUAL))));
            new IdleLockSettings(db, TODAY).idleTime(idleTime);
        }
    }

    private void launchAndUnlock(FxRobot robot) throws Exception {
        robot.interact(() -> {
            root = new DeskRoot(new DeskRoot.Options(folder, TEST_KEY_ITERATIONS, TODAY, owner -> dialogs));
            root.prepare();
            root.show(stage);
        });
        unlock(robot, PASSPHRASE);
    }

    private void unlock(FxRobot robot, char[] passphrase) throws Exception {
        waitUntil(() -> showing(robot, "#passphrase"));
        type(robot, "#passphrase", new String(passphrase));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, ".main-window"));
    }

    private static void shortcut(FxRobot robot, KeyCode digit) {
        robot.press(KeyCode.CONTROL).type(digit).release(KeyCode.CONTROL);
    }

    @Test
    void afterTheIdleTimeTheAppLocksKeepingWhatWasTypedAndOnlyThePassphraseUnlocksIt(FxRobot robot) throws Exception {
        seed(Duration.ofSeconds(6));
        launchAndUnlock(robot);
        shortcut(robot, KeyCode.DIGIT4);
        waitUntil(() -> showing(robot, "#sheetTable") && rows(robot, "#sheetTable") == 1);
        robot.interact(() -> robot.lookup("#sheetTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#writeRecord");
        waitUntil(() -> showing(robot, "#recordTitle"));
        type(robot, "#wellbeing", NOTE);

        // Nobody touches anything: six seconds later the window shows the unlock screen.
        waitUntil(() -> showing(robot, "#passphrase") && root.database() == null);
        assertThat(robot.lookup(".main-window").tryQuery()).isEmpty();

        type(robot, "#passphrase", "not my passphrase");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#unlockError").isEmpty());
        assertThat(text(robot, "#unlockError")).startsWith("That passphrase is not right");
        assertThat(root.database()).isNull();

        unlock(robot, PASSPHRASE);
        // The draft offered on unlocking (the dialog answers yes) is the record being typed, word for word.
        waitUntil(() -> showing(robot, "#wellbeing"));
        assertThat(robot.lookup("#wellbeing").queryAs(TextArea.class).getText()).isEqualTo(NOTE);
        List<SupervisionRecord> drafts = new RecordBook(root.database(), TODAY).drafts();
        assertThat(drafts).singleElement().satisfies(d -> assertThat(d.text("wellbeing")).isEqualTo(NOTE));
        assertThat(dialogs.confirmations).anySatisfy(c -> assertThat(c).contains("Bloggs"));

        // Nothing of what was typed, nor the name, lies in the data folder outside the encryption.
        robot.interact(() -> root.shutdown());
        assertNoPlaintext(folder.root(), "Kestrel-Marmalade", "Bloggs");
    }

    @Test
    void thePassphraseIsChangedFromSettingsAndOnlyTheNewOneOpensTheDatabase(FxRobot robot) throws Exception {
        seed(Duration.ofMinutes(10));
        launchAndUnlock(robot);
        shortcut(robot, KeyCode.DIGIT8);
        waitUntil(() -> showing(robot, "#changePassphrase"));
        char[] fresh = "copper lantern harbour seven".toCharArray();

        type(robot, "#oldPassphrase", new String(PASSPHRASE));
        type(robot, "#newPassphrase", "short");
        type(robot, "#newPassphraseAgain", "short");
        press(robot, "#changePassphrase");
        assertThat(text(robot, "#passphraseError")).isNotEmpty();

        replace(robot, "#newPassphrase", new String(fresh));
        replace(robot, "#newPassphraseAgain", new String(fresh));
        press(robot, "#changePassphrase");
        waitUntil(() -> dialogs.information.stream().anyMatch(i -> i.contains("passphrase has been changed"))
                && root.database() != null && showing(robot, "#changePassphrase"));
        assertThat(dialogs.errors).isEmpty();
        assertThat(new StaffRegister(root.database(), TODAY).findById(joId)).isPresent();

        robot.interact(() -> root.shutdown());
        assertThatThrownBy(() -> DeskDatabase.open(folder, PASSPHRASE)).isInstanceOf(WrongPassphraseException.class);
        try (DeskDatabase db = DeskDatabase.open(folder, fresh)) {
            assertThat(new StaffRegister(db, TODAY).findById(joId)).isPresent();
        }
    }

    @Test
    void aWrongCurrentPassphraseIsToldBesideTheFieldWithTheDatabaseStillOpen(FxRobot robot) throws Exception {
        seed(Duration.ofMinutes(10));
        launchAndUnlock(robot);
        DeskDatabase open = root.database();
        shortcut(robot, KeyCode.DIGIT8);
        waitUntil(() -> showing(robot, "#changePassphrase"));
        String fresh = "copper lantern harbour seven";

        type(robot, "#oldPassphrase", "not my passphrase at all");
        type(robot, "#newPassphrase", fresh);
        type(robot, "#newPassphraseAgain", fresh);
        press(robot, "#changePassphrase");
        waitUntil(() -> !text(robot, "#oldPassphraseError").isEmpty());

        assertThat(text(robot, "#oldPassphraseError"))
                .isEqualTo("That is not your current passphrase. Nothing was changed.");
        assertThat(robot.lookup("#oldPassphrase").query().isFocused()).as("ready to type it again").isTrue();
        // Still in Settings, never on the unlock screen, with the same database open all along.
        assertThat(robot.lookup("#passphrase").tryQuery()).isEmpty();
        assertThat(showing(robot, "#changePassphrase")).isTrue();
        assertThat(root.database()).isSameAs(open);
        // Only the current passphrase is cleared; the new one stays typed for the next try.
        assertThat(robot.lookup("#oldPassphrase").queryAs(javafx.scene.control.PasswordField.class).getText())
                .isEmpty();
        assertThat(robot.lookup("#newPassphrase").queryAs(javafx.scene.control.PasswordField.class).getText())
                .isEqualTo(fresh);
        assertThat(robot.lookup("#newPassphraseAgain").queryAs(javafx.scene.control.PasswordField.class)
                .getText()).isEqualTo(fresh);
        assertThat(dialogs.errors).isEmpty();
        assertThat(new StaffRegister(root.database(), TODAY).findById(joId)).isPresent();
        var trail = root.database().dao(uk.supervisiondesk.store.AuditDao.class).all();
        assertThat(trail).noneSatisfy(e -> assertThat(e.action()).isEqualTo("failed-unlock"));
        assertThat(trail).anySatisfy(e -> assertThat(e.action()).isEqualTo("refused"));

        // Typing in the field again takes the message away.
        type(robot, "#oldPassphrase", "x");
        assertThat(text(robot, "#oldPassphraseError")).isEmpty();

        robot.interact(() -> root.shutdown());
        root = null;
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            assertThat(new StaffRegister(db, TODAY).findById(joId)).isPresent();
            assertThat(db.dao(uk.supervisiondesk.store.AuditDao.class).all())
                    .noneSatisfy(e -> assertThat(e.action()).isEqualTo("failed-unlock"));
        }
    }

    @Test
    void aBackupMadeFromSettingsIsRestoredAfterShowingWhatItHolds(FxRobot robot) throws Exception {
        seed(Duration.ofMinutes(10));
        Path backupFolder = Files.createDirectories(dir.resolve("network drive"));
        launchAndUnlock(robot);
        shortcut(robot, KeyCode.DIGIT8);
        waitUntil(() -> showing(robot, "#backUpNow") && !text(robot, "#lastBackup").isEmpty());
        replace(robot, "#backupFolder", backupFolder.toString());
        press(robot, "#saveBackupFolder");
        waitUntil(() -> new BackupSettings(root.database(), TODAY).chosenFolder().isPresent());
        StoreContents before = StoreContents.of(root.database());

        press(robot, "#backUpNow");
        waitUntil(() -> backups(backupFolder).size() == 1 && text(robot, "#lastBackup").startsWith("Last backup"));
        Path backup = backups(backupFolder).get(0);

        // Work goes on after the backup: a new supervisee, which the restore takes away again.
        new StaffRegister(root.database(), TODAY).save(TestData.socialWorker("E2", "Kim", "Later",
                LocalDate.of(2025, 2, 3)));

        replace(robot, "#restoreFile", backup.toString());
        type(robot, "#restorePassphrase", new String(PASSPHRASE));
        press(robot, "#checkBackup");
        waitUntil(() -> text(robot, "#restoreContents").startsWith("Backup made on"));
        assertThat(text(robot, "#restoreContents")).contains("1 supervisees").contains("audit trail of");
        press(robot, "#restoreBackup");
        waitUntil(() -> dialogs.information.stream().anyMatch(i -> i.contains("backup has been restored"))
                && root.database() != null);
        assertThat(dialogs.confirmations).anySatisfy(c -> assertThat(c).contains("Backup made on"));

        StoreContents after = StoreContents.of(root.database());
        assertThat(after.staff()).isEqualTo(before.staff());
        assertThat(after.records()).isEqualTo(before.records());
        assertThat(after.sessions()).isEqualTo(before.sessions());
        try (Stream<Path> kept = Files.list(folder.root())) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("replaced-"));
        }
    }

    @Test
    void checkingTheAuditTrailNamesTheEntryThatWasAltered(FxRobot robot) throws Exception {
        seed(Duration.ofMinutes(10));
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            // Someone with the passphrase and an SQL console: the trigger stops honest mistakes, not them.
            db.jdbi().useHandle(h -> {
                h.execute("DROP TRIGGER audit_entry_append_only");
                h.execute("UPDATE audit_entry SET detail = 'nothing happened' WHERE seq = 2");
            });
        }
        launchAndUnlock(robot);
        shortcut(robot, KeyCode.DIGIT9);
        waitUntil(() -> showing(robot, "#auditTable") && rows(robot, "#auditTable") > 2);
        press(robot, "#checkAuditTrail");
        waitUntil(() -> !text(robot, "#auditCheckResult").isEmpty());
        assertThat(text(robot, "#auditCheckResult")).startsWith("The audit trail is broken at entry 2:");

        // The filter by action narrows the list to unlocks; the export of Jo's part is a CSV with its hashes.
        robot.interact(() -> robot.lookup("#auditAction").queryComboBox().getSelectionModel().select("unlock"));
        waitUntil(() -> rows(robot, "#auditTable") >= 1);
        @SuppressWarnings("unchecked")
        TableView<AuditViewModel.Entry> table = robot.lookup("#auditTable").queryAs(TableView.class);
        assertThat(table.getItems()).allSatisfy(e -> assertThat(e.action()).isEqualTo("unlock"));
        robot.interact(() -> {
            javafx.scene.control.ComboBox<AuditViewModel.Person> person = robot.lookup("#auditPerson").queryComboBox();
            person.getSelectionModel().select(person.getItems().stream().filter(p -> p.id() != null && p.id() == joId)
                    .findFirst().orElseThrow());
        });
        Path csv = dir.resolve("jo-audit.csv");
        dialogs.fileToSave = csv;
        press(robot, "#exportAuditCsv");
        waitUntil(() -> Files.exists(csv));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("entry,date_time,action");

        // Subject access: Jo's bundle goes to a chosen folder, and the screen says what was withheld.
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(2));
        robot.interact(() -> {
            javafx.scene.control.ComboBox<AuditViewModel.Person> who = robot.lookup("#subjectPerson").queryComboBox();
            who.getSelectionModel().select(who.getItems().stream().filter(p -> p.id() == joId).findFirst()
                    .orElseThrow());
        });
        Path requests = Files.createDirectories(dir.resolve("requests"));
        dialogs.folderToChoose = requests;
        press(robot, "#exportSubjectAccess");
        waitUntil(() -> text(robot, "#subjectAccessResult").startsWith("Bundle written"));
        assertThat(text(robot, "#subjectAccessResult")).contains("personal notes were withheld");
        try (Stream<Path> bundle = Files.walk(requests)) {
            assertThat(bundle.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .contains("audit-trail.csv");
        }
    }

    @Test
    void aLegalHoldStopsDeletionUntilItIsReleased(FxRobot robot) throws Exception {
        seed(Duration.ofMinutes(10));
        long leaverId;
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            Supervisee gone = TestData.leftOn(db, TODAY, Filled.person(db, TODAY, "E9", "Quillon", "Zephyrax",
                    "Fine"), LocalDate.of(2018, 6, 30));
            leaverId = gone.id();
        }
        launchAndUnlock(robot);
        shortcut(robot, KeyCode.DIGIT9);
        waitUntil(() -> showing(robot, "#auditTable"));
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        waitUntil(() -> showing(robot, "#leaverTable") && rows(robot, "#leaverTable") == 1);
        robot.interact(() -> robot.lookup("#leaverTable").queryAs(TableView.class).getSelectionModel().select(0));

        type(robot, "#holdReason", "Employment tribunal claim");
        press(robot, "#placeHold");
        waitUntil(() -> text(robot, "#retentionMessage").contains("legal hold is now on"));
        waitUntil(() -> robot.lookup("#leaverTable").queryAs(TableView.class).getSelectionModel().getSelectedItem()
                != null && ((AuditViewModel.Leaver) robot.lookup("#leaverTable").queryAs(TableView.class)
                .getSelectionModel().getSelectedItem()).held());

        type(robot, "#deleteConfirmation", "E9");
        press(robot, "#deleteForGood");
        waitUntil(() -> text(robot, "#retentionMessage").contains("legal hold"));
        assertThat(text(robot, "#retentionMessage")).contains("under a legal hold");
        assertThat(new StaffRegister(root.database(), TODAY).findById(leaverId)).isPresent();

        press(robot, "#releaseHold");
        waitUntil(() -> text(robot, "#retentionMessage").contains("has been released"));
        robot.interact(() -> robot.lookup("#leaverTable").queryAs(TableView.class).getSelectionModel().select(0));
        replace(robot, "#deleteConfirmation", "E9");
        press(robot, "#deleteForGood");
        waitUntil(() -> text(robot, "#retentionMessage").contains("deleted for good"));
        assertThat(new StaffRegister(root.database(), TODAY).findById(leaverId)).isEmpty();
        assertThat(root.database().dao(uk.supervisiondesk.store.AuditDao.class).all())
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("delete"))
                .noneSatisfy(e -> assertThat(e.detail()).contains("Zephyrax"));
    }

    @Test
    void aDamagedDatabaseOnStartIsReplacedByTheNewestBackupInsteadOfACrash(FxRobot robot) throws Exception {
        seed(Duration.ofMinutes(10));
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            new AutomaticBackup(new Backups(TODAY, "test"), TODAY).now(db);
        }
        // A failed copy or a full disk: the file is cut to half its length.
        long length = Files.size(folder.databaseFile());
        try (var file = java.nio.channels.FileChannel.open(folder.databaseFile(),
                java.nio.file.StandardOpenOption.WRITE)) {
            file.truncate(length / 2);
        }

        robot.interact(() -> {
            root = new DeskRoot(new DeskRoot.Options(folder, TEST_KEY_ITERATIONS, TODAY, owner -> dialogs));
            root.prepare();
            root.show(stage);
        });
        waitUntil(() -> showing(robot, "#passphrase"));
        type(robot, "#passphrase", new String(PASSPHRASE));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#backupOffer").startsWith("The newest backup was made on"));
        assertThat(text(robot, "#unlockError")).contains("damaged");

        press(robot, "#restoreOfferedBackup");
        waitUntil(() -> showing(robot, ".main-window") && root.database() != null);
        assertThat(new StaffRegister(root.database(), TODAY).findById(joId)).isPresent();
        try (Stream<Path> kept = Files.list(folder.root())) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("replaced-"));
        }
    }

    private static List<Path> backups(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(Backups.SUFFIX)).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertNoPlaintext(Path folder, String... secrets) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).isNotEmpty();
            for (Path file : all) {
                byte[] bytes = Files.readAllBytes(file);
                for (String secret : secrets) {
                    for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
                            StandardCharsets.UTF_16LE)) {
                        assertThat(indexOf(bytes, secret.getBytes(charset)))
                                .as("%s must not hold '%s' in plain %s", folder.relativize(file), secret, charset)
                                .isNegative();
                    }
                }
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
