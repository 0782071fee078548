package uk.supervisiondesk.ui.records;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.testing.ImmediateTaskRunner;
import uk.supervisiondesk.testing.ScriptedDialogs;
import uk.supervisiondesk.testing.TestData;

/** On unlocking, a leaver's unfinished draft is not offered: their file is archived and it can never be finished. */
class DraftRecoveryArchivedTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(12, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
    private static final TemplateSource NO_TEMPLATES = new TemplateSource() {
        @Override
        public List<RecordTemplate> offeredFor(String packId, String recordType) {
            return List.of();
        }

        @Override
        public List<RecordTemplate> sessionTemplatesFor(String packId) {
            return List.of();
        }

        @Override
        public Optional<RecordTemplate> byKey(String key) {
            return Optional.empty();
        }
    };

    @TempDir
    Path dir;

    @Test
    void onlyDraftsInFilesStillOpenAreOffered() throws Exception {
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            StaffRegister register = new StaffRegister(db, TODAY);
            RecordBook book = new RecordBook(db, TODAY);
            Supervisee jo = register.save(TestData.socialWorker("E1", "Jo", "Bloggs", LocalDate.of(2020, 1, 6)));
            Supervisee kim = register.save(TestData.socialWorker("E2", "Kim", "Lee", LocalDate.of(2021, 1, 6)));
            SupervisionRecord kims = book.create(draft(kim));
            book.create(draft(jo));
            TestData.leftOn(db, TODAY, jo, LocalDate.of(2026, 11, 20));

            ScriptedDialogs dialogs = new ScriptedDialogs();
            List<SupervisionRecord> opened = new ArrayList<>();
            new DraftRecovery(book, register, NO_TEMPLATES, new ImmediateTaskRunner(), dialogs, TODAY)
                    .offer((record, who) -> opened.add(record));

            assertThat(dialogs.confirmations).singleElement().satisfies(c -> assertThat(c)
                    .contains("Kim Lee").doesNotContain("Bloggs"));
            assertThat(opened).extracting(SupervisionRecord::id).containsExactly(kims.id());

            // With Kim's draft gone, only Jo's is left, and nothing is offered at all.
            book.discardDraft(kims);
            ScriptedDialogs again = new ScriptedDialogs();
            new DraftRecovery(book, register, NO_TEMPLATES, new ImmediateTaskRunner(), again, TODAY)
                    .offer((record, who) -> opened.add(record));
            assertThat(again.confirmations).isEmpty();
            assertThat(book.drafts()).hasSize(1);
        }
    }

    private static SupervisionRecord draft(Supervisee who) {
        return new SupervisionRecord(null, who.id(), "individual", "individual", LocalDate.of(2026, 11, 2), null,
                RecordStatus.DRAFT, 1, Map.of(), null);
    }
}
