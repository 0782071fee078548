package uk.supervisiondesk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.RecordVersion;
import uk.supervisiondesk.domain.SigningMode;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.store.RecordLockedException;

/** A signed record is corrected by a new version with a reason; the signed one and its PDF are kept. */
class CorrectionsTest {
    @TempDir
    Path dir;
    FilingDesk desk;
    byte[] firstPdf;

    @BeforeEach
    void signFirstVersion() throws Exception {
        desk = new FilingDesk(dir);
        desk.filing.signInPerson(desk.record, FilingDesk.drawing("Alex"), FilingDesk.drawing("Jo"), "Jo Bloggs",
                "Alex Morgan", LocalDate.of(2026, 11, 20));
        firstPdf = desk.filing.filedPdf(desk.record.id(), 1).orElseThrow();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aCorrectionIsTheNextVersionAsADraftWithTheSameContent() {
        SupervisionRecord next = desk.filing.correct(desk.record, "The next session's date was wrong.");

        assertThat(next.id()).isEqualTo(desk.record.id());
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(RecordStatus.DRAFT);
        assertThat(next.values()).isEqualTo(desk.record.values());
        assertThat(desk.filing.isLocked(desk.record.id())).isFalse();
        List<RecordVersion> versions = desk.filing.versions(desk.record.id());
        assertThat(versions).extracting(RecordVersion::version).containsExactly(1, 2);
        assertThat(versions.get(0).isCurrent()).isFalse();
        assertThat(versions.get(0).status()).isEqualTo(RecordStatus.COMPLETE);
        assertThat(versions.get(0).filed()).singleElement().satisfies(d -> assertThat(d.signing()).isEqualTo(SigningMode.IN_PERSON));
        assertThat(versions.get(1).correctionReason()).isEqualTo("The next session's date was wrong.");
        assertThat(versions.get(1).filed()).isEmpty();
        assertThat(desk.filing.filedPdf(desk.record.id(), 1)).hasValue(firstPdf);
        assertThat(desk.auditOf(desk.record.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("change");
            assertThat(e.detail()).contains("version 2 replaces version 1").doesNotContain("date was wrong");
        });
    }

    @Test
    void theNewVersionIsEditedSignedAndShowsWhyWhileTheMonitoringSheetKeepsTheFirstSignature() throws Exception {
        SupervisionRecord next = desk.filing.correct(desk.record, "The next session's date was wrong.");
        Map<String, Object> values = new LinkedHashMap<>(next.values());
        values.put("nextMeetingDate", "2026-12-11");
        SupervisionRecord edited = desk.book.saveDraft(next.withValues(values, null), desk.book.actionsOf(next.id()));
        SupervisionRecord completed = desk.book.complete(edited, desk.book.actionsOf(next.id()), List.of(), null);

        desk.filing.signInPerson(completed, FilingDesk.drawing("Alex"), FilingDesk.drawing("Jo"), "Jo Bloggs",
                "Alex Morgan", LocalDate.of(2026, 11, 23));

        byte[] secondPdf = desk.filing.filedPdf(desk.record.id(), 2).orElseThrow();
        assertThat(PdfText.of(secondPdf)).contains("Version 2, replacing version 1, which is kept",
                "The next session's date was wrong.", "11/12/2026");
        assertThat(PdfText.recordJson(secondPdf)).containsEntry("version", 2);
        assertThat(PdfText.of(firstPdf)).doesNotContain("11/12/2026");
        assertThat(desk.filing.earlierVersion(desk.record.id(), 1).orElseThrow().values()).isEqualTo(desk.record.values());
        assertThat(desk.sessionNow().session().signedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(desk.filing.isLocked(desk.record.id())).isTrue();
    }

    @Test
    void aFormLeftOpenOnTheSignedVersionCannotOverwriteTheCorrection() {
        desk.filing.correct(desk.record, "Typo in the actions.");

        assertThatThrownBy(() -> desk.book.saveDraft(desk.record, List.of()))
                .isInstanceOf(RecordLockedException.class).hasMessageContaining("it is now version 2");
        assertThatThrownBy(() -> desk.filing.correct(desk.record, "again"))
                .isInstanceOf(FilingRefusedException.class).hasMessageContaining("now version 2");
    }

    @Test
    void theCorrectingDraftCannotBeThrownAway() {
        SupervisionRecord next = desk.filing.correct(desk.record, "Typo in the actions.");

        assertThatThrownBy(() -> desk.book.discardDraft(next))
                .isInstanceOf(RecordLockedException.class).hasMessageContaining("earlier versions are kept");
    }

    @Test
    void aReasonIsRequiredAndAnUnsignedRecordNeedsNoCorrection() throws Exception {
        assertThatThrownBy(() -> desk.filing.correct(desk.record, "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Say why");
        SupervisionRecord unsigned = desk.completed("welfare", null);
        assertThatThrownBy(() -> desk.filing.correct(unsigned, "a reason"))
                .isInstanceOf(FilingRefusedException.class).hasMessageContaining("Nobody has signed");
    }
}
