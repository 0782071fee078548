package uk.supervisiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.testing.TestData;

/**
 * The guard for archived files (decision 0010), below every screen and command: once a
 * supervisee's leaving date has come, no record or monitoring-sheet row of theirs is created,
 * saved, completed, thrown away or noted on, and nothing is written, not even an audit entry.
 */
class ArchivedFilesTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(12, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private DeskDatabase db;
    private RecordBook book;
    private SessionLog log;
    private Supervisee jo;
    private SessionEntry held;
    private SupervisionRecord draft;
    private SupervisionRecord complete;

    @BeforeEach
    void joWorkedHereThenLeft() throws Exception {
        db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null);
        book = new RecordBook(db, TODAY);
        log = new SessionLog(db, TODAY);
        jo = new StaffRegister(db, TODAY).save(TestData.socialWorker("E1", "Jo", "Bloggs", LocalDate.of(2020, 1, 6)));
        held = log.save(new SessionEntry(null, jo.id(), SupervisionSession.held(LocalDate.of(2026, 10, 5),
                SessionKind.INDIVIDUAL)));
        draft = book.saveDraft(book.create(record(RecordStatus.DRAFT)).withValues(Map.of("wellbeing", "Tired"), null),
                List.of());
        SupervisionRecord second = book.create(record(RecordStatus.DRAFT));
        complete = book.complete(second.withValues(Map.of("wellbeing", "Fine"), null), List.of(), List.of(), null);
        jo = leaveOn(LocalDate.of(2026, 11, 23));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SupervisionRecord record(RecordStatus status) {
        return new SupervisionRecord(null, jo.id(), "individual", "individual", LocalDate.of(2026, 10, 5), null,
                status, 1, Map.of(), null);
    }

    private Supervisee leaveOn(LocalDate day) {
        return TestData.leftOn(db, TODAY, jo, day);
    }

    private void assertRefused(ThrowingCallable attempt) {
        int trail = db.dao(AuditDao.class).all().size();
        assertThatThrownBy(attempt).isInstanceOfSatisfying(FileArchivedException.class, e -> {
            assertThat(e.leftOn()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(e.getMessage()).startsWith("Their file was archived when they left on 23/11/2026")
                    .contains("clear their leaving date", "Staff screen").doesNotContain("Bloggs");
        });
        assertThat(db.dao(AuditDao.class).all()).as("nothing written, not even to the trail").hasSize(trail);
    }

    @Test
    void onTheLeavingDayTheFileIsArchivedAndNothingInItChanges() {
        assertThat(ArchivedFiles.isArchived(jo, TODAY)).isTrue();

        assertRefused(() -> book.create(record(RecordStatus.DRAFT)));
        assertRefused(() -> book.saveDraft(draft.withValues(Map.of("wellbeing", "Changed after leaving"), null),
                List.of()));
        assertRefused(() -> book.complete(draft, List.of(), List.of(), null));
        assertRefused(() -> book.discardDraft(draft));
        assertRefused(() -> book.savePersonalNote(complete.id(), "A note added later"));
        assertRefused(() -> book.recordDisagreement(complete, "supervisee", "Disagreed later"));
        assertRefused(() -> log.save(new SessionEntry(null, jo.id(), SupervisionSession.planned(
                LocalDate.of(2026, 12, 1), SessionKind.INDIVIDUAL))));
        assertRefused(() -> log.saveAll(List.of(new SessionEntry(held.id(), jo.id(), SupervisionSession.planned(
                LocalDate.of(2026, 10, 5), SessionKind.INDIVIDUAL)))));
        assertRefused(() -> log.delete(held));

        // Everything is still there, as it was, to read.
        assertThat(book.forSupervisee(jo.id())).hasSize(2);
        assertThat(book.byId(draft.id()).orElseThrow().values()).containsEntry("wellbeing", "Tired");
        assertThat(book.personalNote(complete.id())).isEmpty();
        assertThat(book.disagreements(complete.id())).isEmpty();
        assertThat(log.forSupervisee(jo.id())).singleElement().satisfies(e -> assertThat(e.session().wasHeld())
                .isTrue());
    }

    @Test
    void aSaveOfManyRowsIsRefusedWholeIfOneIsInAnArchivedFile() {
        Supervisee kim = new StaffRegister(db, TODAY).save(TestData.socialWorker("E2", "Kim", "Lee",
                LocalDate.of(2025, 2, 3)));
        assertRefused(() -> log.saveAll(List.of(
                new SessionEntry(null, kim.id(), SupervisionSession.planned(LocalDate.of(2026, 12, 1),
                        SessionKind.INDIVIDUAL)),
                new SessionEntry(null, jo.id(), SupervisionSession.planned(LocalDate.of(2026, 12, 1),
                        SessionKind.INDIVIDUAL)))));
        assertThat(log.forSupervisee(kim.id())).isEmpty();
    }

    @Test
    void historyBroughtInFromATrackerMayStillBeAddedToAnArchivedFile() {
        log.addHistory(List.of(new SessionEntry(null, jo.id(), SupervisionSession.held(LocalDate.of(2026, 9, 7),
                SessionKind.INDIVIDUAL))));
        assertThat(log.forSupervisee(jo.id())).hasSize(2);
    }

    @Test
    void beforeTheLeavingDateOrOnceItIsClearedTheFileIsOpen() {
        jo = leaveOn(LocalDate.of(2026, 11, 24));
        assertThat(ArchivedFiles.isArchived(jo, TODAY)).isFalse();
        book.savePersonalNote(complete.id(), "Leaving tomorrow");
        assertThat(book.personalNote(complete.id())).isEqualTo("Leaving tomorrow");

        jo = leaveOn(null);
        SupervisionRecord saved = book.saveDraft(draft.withValues(Map.of("wellbeing", "Back again"), null), List.of());
        assertThat(saved.values()).containsEntry("wellbeing", "Back again");
        book.discardDraft(saved);
        assertThat(book.forSupervisee(jo.id())).hasSize(1);
    }
}
