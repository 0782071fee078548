package uk.supervisiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.testing.TestData;

/**
 * A passphrase change round trip, and a crash after each of its steps: every time, the database
 * opens with exactly one of the two passphrases and holds what it held.
 */
class PassphraseChangeTest {
    private static final char[] NEW_PASSPHRASE = "copper lantern harbour fig".toCharArray();

    @TempDir
    Path dir;
    private DataFolder folder;
    private final PassphraseChange change = new PassphraseChange(Clock.systemUTC());

    @BeforeEach
    void createDatabase() throws Exception {
        folder = new DataFolder(dir);
        try (DeskDatabase db = DeskDatabase.create(folder, PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            new StaffRegister(db, Clock.systemUTC()).save(TestData.fullSupervisee("E1", "Jo", "Bloggs"));
        }
    }

    @Test
    void afterAChangeOnlyTheNewPassphraseOpensTheDatabaseAndNothingIsLost() throws Exception {
        String oldSalt = Files.readString(folder.keyParametersFile());

        change.change(folder, PASSPHRASE, NEW_PASSPHRASE);

        assertOpensOnlyWith(NEW_PASSPHRASE, PASSPHRASE);
        assertThat(Files.readString(folder.keyParametersFile())).as("a fresh salt").isNotEqualTo(oldSalt);
        try (DeskDatabase db = DeskDatabase.open(folder, NEW_PASSPHRASE)) {
            AuditDao audit = db.dao(AuditDao.class);
            assertThat(audit.all()).extracting(AuditEntryRow::detail).contains("passphrase changed");
            assertThat(AuditTrailCheck.firstBrokenLink(audit.all())).isEmpty();
        }
        assertThat(folder.stagingFolder()).doesNotExist();
        assertThat(folder.switchJournalFile()).doesNotExist();

        // And back again: the change works from any passphrase, not just the first.
        change.change(folder, NEW_PASSPHRASE, PASSPHRASE);
        assertOpensOnlyWith(PASSPHRASE, NEW_PASSPHRASE);
    }

    @Test
    void theCurrentPassphraseIsCheckedWhileOpenAndAWrongOneIsRecordedAsARefusalNotAFailedUnlock() throws Exception {
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            int before = db.dao(AuditDao.class).all().size();
            assertThat(change.checkCurrent(db, PASSPHRASE.clone())).isTrue();
            assertThat(db.dao(AuditDao.class).all()).hasSize(before);

            assertThat(change.checkCurrent(db, "a guess at the passphrase".toCharArray())).isFalse();
            var all = db.dao(AuditDao.class).all();
            assertThat(all).hasSize(before + 1);
            AuditEntryRow refused = all.get(all.size() - 1);
            assertThat(refused.action()).isEqualTo("refused");
            assertThat(refused.recordType()).isEqualTo("database");
            assertThat(refused.superviseeId()).isNull();
            assertThat(refused.detail()).contains("passphrase change refused").doesNotContain("Bloggs");
            assertThat(all).noneSatisfy(e -> assertThat(e.action()).isEqualTo("failed-unlock"));
            assertThat(AuditTrailCheck.firstBrokenLink(all)).isEmpty();
        }
        // Nothing else happened: the old passphrase opens it.
        assertOpensOnlyWith(PASSPHRASE, NEW_PASSPHRASE);
    }

    @Test
    void afterAChangeTheReopenedDatabaseKnowsItsNewPassphrase() throws Exception {
        change.change(folder, PASSPHRASE, NEW_PASSPHRASE);
        try (DeskDatabase db = DeskDatabase.open(folder, NEW_PASSPHRASE)) {
            assertThat(change.checkCurrent(db, NEW_PASSPHRASE.clone())).isTrue();
            assertThat(db.opensWith(PASSPHRASE.clone())).isFalse();
        }
    }

    @Test
    void aWrongOldPassphraseChangesNothing() throws Exception {
        String before = DatabaseSwitch.sha256(folder.databaseFile()) + DatabaseSwitch.sha256(folder.keyParametersFile());

        assertThatThrownBy(() -> change.change(folder, "not the passphrase at all".toCharArray(), NEW_PASSPHRASE))
                .isInstanceOf(WrongPassphraseException.class);

        assertThat(DatabaseSwitch.sha256(folder.databaseFile()) + DatabaseSwitch.sha256(folder.keyParametersFile()))
                .isEqualTo(before);
        assertThat(folder.stagingFolder()).doesNotExist();
        assertOpensOnlyWith(PASSPHRASE, NEW_PASSPHRASE);
    }

    @Test
    void aWeakNewPassphraseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> change.change(folder, PASSPHRASE, "short".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The new passphrase is not strong enough:");
    }

    @Test
    void theDatabaseMustBeClosedFirst() throws Exception {
        try (DeskDatabase open = DeskDatabase.open(folder, PASSPHRASE)) {
            assertThatThrownBy(() -> change.change(folder, PASSPHRASE, NEW_PASSPHRASE))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("still open");
        }
        assertOpensOnlyWith(PASSPHRASE, NEW_PASSPHRASE);
    }

    @Test
    void aCrashWhileTheCopyIsPreparedLeavesTheOldPassphrase() throws Exception {
        change.prepare(folder, PASSPHRASE, NEW_PASSPHRASE);
        // The process dies here: a re-keyed copy is staged, no journal written.

        assertOpensOnlyWith(PASSPHRASE, NEW_PASSPHRASE);
        assertThat(folder.stagingFolder()).as("the unfinished copy is thrown away").doesNotExist();
    }

    @Test
    void aCrashJustAfterTheSwitchIsDecidedLeavesTheNewPassphrase() throws Exception {
        change.prepare(folder, PASSPHRASE, NEW_PASSPHRASE).writeJournal();
        // The process dies here: journal written, nothing moved.

        assertOpensOnlyWith(NEW_PASSPHRASE, PASSPHRASE);
    }

    @Test
    void aCrashBetweenMovingTheDatabaseAndItsKeyFileLeavesTheNewPassphrase() throws Exception {
        change.prepare(folder, PASSPHRASE, NEW_PASSPHRASE).writeJournal();
        Files.move(folder.stagingFolder().resolve(folder.databaseFile().getFileName()), folder.databaseFile(),
                StandardCopyOption.REPLACE_EXISTING);
        // The process dies here: the new database is in place beside the old key file.

        assertOpensOnlyWith(NEW_PASSPHRASE, PASSPHRASE);
    }

    @Test
    void aCrashBeforeTheJournalIsDeletedLeavesTheNewPassphrase() throws Exception {
        change.prepare(folder, PASSPHRASE, NEW_PASSPHRASE).writeJournal();
        for (String name : DatabaseSwitch.FILES) {
            Files.move(folder.stagingFolder().resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        // The process dies here: every file moved, the journal still there.

        assertOpensOnlyWith(NEW_PASSPHRASE, PASSPHRASE);
        assertThat(folder.switchJournalFile()).doesNotExist();
    }

    @Test
    void aStagedCopyDamagedBeforeAnythingMovedIsAbandonedAndTheOldPassphraseStillWorks() throws Exception {
        change.prepare(folder, PASSPHRASE, NEW_PASSPHRASE).writeJournal();
        Path staged = folder.stagingFolder().resolve(folder.databaseFile().getFileName());
        byte[] bytes = Files.readAllBytes(staged);
        Files.write(staged, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertOpensOnlyWith(PASSPHRASE, NEW_PASSPHRASE);
    }

    private void assertOpensOnlyWith(char[] right, char[] wrong) throws Exception {
        assertThatThrownBy(() -> DeskDatabase.open(folder, wrong)).isInstanceOf(WrongPassphraseException.class);
        try (DeskDatabase db = DeskDatabase.open(folder, right)) {
            assertThat(new StaffRegister(db, Clock.systemUTC()).findAll()).extracting(Supervisee::fullName)
                    .containsExactly("Jo Bloggs");
            assertThat(DatabaseIntegrityCheck.problem(db)).isEmpty();
        }
    }
}
