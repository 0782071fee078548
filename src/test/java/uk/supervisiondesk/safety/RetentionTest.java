package uk.supervisiondesk.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.testing.TestData;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.policy.pack.RetentionRule;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.AuditEntryRow;
import uk.supervisiondesk.store.AuditTrailCheck;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DatabaseIntegrityCheck;
import uk.supervisiondesk.store.DecryptedFile;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.Bytes;

/** Sefton's seven years after leaving, legal holds, and a deletion that leaves nothing behind. */
class RetentionTest {
    /** Unusual words, so that finding them in the file can only mean the deleted person's data. */
    private static final List<String> DELETED = List.of("Quillon", "Zephyrax", "Vexwort-Marigold-7391");
    private static final List<String> KEPT = List.of("Ottoline", "Brackenbury", "Halcyon-Juniper-2864");

    @TempDir
    Path dir;
    private DataFolder folder;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneId.of("Europe/London"));
    private Optional<RetentionRule> sefton;
    private Supervisee longGone;
    private Supervisee recentLeaver;
    private Supervisee heldLeaver;
    private Supervisee stillHere;

    @BeforeEach
    void createDatabase() throws Exception {
        sefton = new PolicyPackLoader().bundled("sefton").retention();
        folder = new DataFolder(dir);
        try (DeskDatabase db = DeskDatabase.create(folder, PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            longGone = TestData.leftOn(db, clock, Filled.person(db, clock, "E1", "Quillon", "Zephyrax",
                    "Vexwort-Marigold-7391"), LocalDate.of(2018, 6, 30));
            recentLeaver = TestData.leftOn(db, clock, Filled.person(db, clock, "E2", "Jo", "Bloggs", "Fine"),
                    LocalDate.of(2020, 1, 31));
            heldLeaver = TestData.leftOn(db, clock, Filled.person(db, clock, "E3", "Sam", "Patel", "Fine"),
                    LocalDate.of(2017, 1, 1));
            stillHere = Filled.person(db, clock, "E4", "Ottoline", "Brackenbury", "Halcyon-Juniper-2864");
            new Retention(db, clock, sefton).placeLegalHold(heldLeaver.id(), "Employment tribunal claim");
        }
    }

    @Test
    void leaversAreArchivedAndListedForDeletionWhenSeftonsSevenYearsHaveRun() throws Exception {
        assertThat(sefton).get().extracting(r -> r.afterLeaving().toString()).isEqualTo("7 years");
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            Retention retention = new Retention(db, clock, sefton);

            assertThat(retention.archived()).extracting(f -> f.supervisee().employeeNumber())
                    .containsExactly("E3", "E1", "E2");
            assertThat(retention.archived()).extracting(Retention.LeaverFile::deletableFrom).containsExactly(
                    Optional.of(LocalDate.of(2024, 1, 1)), Optional.of(LocalDate.of(2025, 6, 30)),
                    Optional.of(LocalDate.of(2027, 1, 31)));
            assertThat(retention.dueForDeletion()).extracting(f -> f.supervisee().employeeNumber())
                    .containsExactly("E1");
            assertThat(retention.heldPastRetention()).singleElement().satisfies(f -> {
                assertThat(f.supervisee().employeeNumber()).isEqualTo("E3");
                assertThat(f.hold()).contains(new Retention.LegalHold("Employment tribunal claim",
                        LocalDate.of(2026, 11, 20)));
            });
            assertThat(Retention.isArchived(stillHere, LocalDate.now(clock))).isFalse();
        }
    }

    @Test
    void aLegalHoldStopsDeletionUntilItIsReleased() throws Exception {
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            Retention retention = new Retention(db, clock, sefton);

            assertThatThrownBy(() -> retention.deleteForGood(heldLeaver.id(), "E3"))
                    .isInstanceOf(RetentionRefusedException.class)
                    .hasMessage("Sam Patel's file is under a legal hold since 20/11/2026 (Employment tribunal claim). "
                            + "Release the hold first if it is no longer needed.");
            assertThat(new StaffRegister(db, clock).findById(heldLeaver.id())).isPresent();

            retention.releaseLegalHold(heldLeaver.id());
            assertThat(retention.dueForDeletion()).extracting(f -> f.supervisee().employeeNumber())
                    .containsExactly("E3", "E1");
            assertThat(db.dao(AuditDao.class).all()).extracting(AuditEntryRow::detail)
                    .contains("legal hold placed", "legal hold released")
                    .noneMatch(d -> d.contains("tribunal"));
        }
    }

    @Test
    void deletionIsRefusedBeforeRetentionEndsForStaffStillHereAndWithoutTheRightConfirmation() throws Exception {
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            Retention retention = new Retention(db, clock, sefton);

            assertThatThrownBy(() -> retention.deleteForGood(recentLeaver.id(), "E2"))
                    .hasMessage("Jo Bloggs's file must be kept until 31/01/2027 (7 years after leaving, Sefton 10). "
                            + "It can be deleted from then.");
            assertThatThrownBy(() -> retention.deleteForGood(stillHere.id(), "E4"))
                    .hasMessageContaining("has not left");
            assertThatThrownBy(() -> retention.deleteForGood(longGone.id(), "Quillon Zephyrax"))
                    .hasMessage("The confirmation does not match. Type the employee number E1 to delete Quillon "
                            + "Zephyrax's file for good.");
            assertThatThrownBy(() -> new Retention(db, clock, Optional.empty()).deleteForGood(longGone.id(), "E1"))
                    .hasMessageContaining("sets no retention period");
            assertThat(new StaffRegister(db, clock).count()).isEqualTo(4);
        }
    }

    @Test
    void deletingForGoodRemovesEverythingAboutThePersonEvenFromTheFilesOldPages() throws Exception {
        byte[] before = DecryptedFile.read(folder, PASSPHRASE);
        // Closing compacts the file, after which a long note need not sit in it as plain bytes;
        // the names do, which is enough to show the scan sees what the file holds.
        assertThat(List.of("Quillon", "Zephyrax")).as("the scan can see the data while it is there")
                .allMatch(word -> Bytes.containsText(before, word));
        long recordId;
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            recordId = new RecordBook(db, clock).forSupervisee(longGone.id()).get(0).id();
            Retention.Deletion deletion = new Retention(db, clock, sefton).deleteForGood(longGone.id(), " e1 ");

            assertThat(deletion).isEqualTo(new Retention.Deletion(longGone.id(), 2, 2));
            assertThat(new StaffRegister(db, clock).findById(longGone.id())).isEmpty();
            assertThat(rowsStillReferring(db, longGone.id())).as("rows in any table for the person").isZero();
            assertThat(new RecordBook(db, clock).personalNote(recordId)).isEmpty();
            AuditEntryRow last = db.dao(AuditDao.class).last().orElseThrow();
            assertThat(last.action()).isEqualTo("delete");
            assertThat(last.detail()).isEqualTo("deleted for good at the end of retention (Sefton 10): front sheet, "
                    + "2 records, 2 sessions");
            assertThat(db.dao(AuditDao.class).all()).allSatisfy(e -> assertThat(e.detail()).doesNotContain(DELETED));
            assertThat(AuditTrailCheck.firstBrokenLink(db.dao(AuditDao.class).all())).isEmpty();
        }

        // In a file this small H2's own housekeeping on closing may already drop the old pages;
        // FullCompactionTest shows the rewrite removing ones it left.
        byte[] after = DecryptedFile.read(folder, PASSPHRASE);
        assertThat(DELETED).as("not in any page of the decrypted file, old or new")
                .noneMatch(word -> Bytes.containsText(after, word));
        assertThat(KEPT).as("while what was kept is still readable there").allMatch(word -> Bytes.containsText(after, word));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                assertThat(DELETED).as("%s on disk", file.getFileName())
                        .noneMatch(word -> Bytes.containsText(bytes, word));
            }
        }
        try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
            assertThat(new StaffRegister(db, clock).findAll()).extracting(Supervisee::employeeNumber)
                    .containsExactly("E2", "E4", "E3");
            assertThat(DatabaseIntegrityCheck.problem(db)).isEmpty();
        }
    }

    /** Every table with a supervisee_id column (the audit trail aside, which keeps only the number). */
    private static long rowsStillReferring(DeskDatabase db, long superviseeId) {
        return db.jdbi().withHandle(h -> {
            List<String> tables = h.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = 'SUPERVISEE_ID'"
                    + " AND TABLE_NAME <> 'AUDIT_ENTRY'").mapTo(String.class).list();
            long rows = 0;
            for (String table : tables) {
                rows += h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE supervisee_id = :id")
                        .bind("id", superviseeId).mapTo(Long.class).one();
            }
            rows += h.createQuery("SELECT COUNT(*) FROM supervisee WHERE id = :id").bind("id", superviseeId)
                    .mapTo(Long.class).one();
            rows += h.createQuery("SELECT COUNT(*) FROM personal_note n WHERE NOT EXISTS"
                    + " (SELECT 1 FROM supervision_record r WHERE r.id = n.record_id)").mapTo(Long.class).one();
            return rows;
        });
    }
}
