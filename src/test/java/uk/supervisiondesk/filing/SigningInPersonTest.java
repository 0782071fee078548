package uk.supervisiondesk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.FiledDocument;
import uk.supervisiondesk.domain.SigningMode;
import uk.supervisiondesk.pdf.PdfVerifier;
import uk.supervisiondesk.pdf.VerificationReport;
import uk.supervisiondesk.store.RecordLockedException;

class SigningInPersonTest {
    @TempDir
    Path dir;
    FilingDesk desk;

    @BeforeEach
    void open() throws Exception {
        desk = new FilingDesk(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void bothDrawTheirSignatureAndTheSupervisorsCertificateSealsTheRecord() throws Exception {
        FiledDocument filed = desk.filing.signInPerson(desk.record, FilingDesk.drawing("Alex"), FilingDesk.drawing("Jo"),
                "Jo Bloggs", "Alex Morgan", LocalDate.of(2026, 11, 20));

        assertThat(filed.signing()).isEqualTo(SigningMode.IN_PERSON);
        assertThat(filed.signedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        byte[] pdf = desk.filing.filedPdf(desk.record.id(), 1).orElseThrow();
        assertThat(uk.supervisiondesk.store.RecordFiles.sha256(pdf)).isEqualTo(filed.pdfSha256());
        VerificationReport report = new PdfVerifier().verify(pdf);
        assertThat(report.valid()).isTrue();
        assertThat(report.emptySignatureFields()).isEmpty();
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.signerName()).isEqualTo("Alex Morgan");
            assertThat(s.fieldName()).isEqualTo(SignatureMarks.SEAL_FIELD);
            assertThat(s.coversWholeDocument()).isTrue();
        });
        assertThat(PdfText.of(pdf)).contains("Signed in person", "Individual supervision record", "Jo Bloggs",
                "Date 20/11/2026");
        assertThat(PdfText.recordJson(pdf)).containsEntry("status", "Signed in person").containsEntry("version", 1);
    }

    @Test
    void aSignedRecordIsLockedAndTheStoreRefusesToSaveIt() {
        desk.filing.signInPerson(desk.record, FilingDesk.drawing("Alex"), FilingDesk.drawing("Jo"), "Jo Bloggs",
                "Alex Morgan", LocalDate.of(2026, 11, 23));

        assertThat(desk.filing.isLocked(desk.record.id())).isTrue();
        assertThatThrownBy(() -> desk.book.saveDraft(desk.record, List.of()))
                .isInstanceOf(RecordLockedException.class)
                .hasMessageContaining("signed by both of you on 23/11/2026")
                .hasMessageContaining("make a correction");
        assertThatThrownBy(() -> desk.book.complete(desk.record, List.of(), List.of(), null))
                .isInstanceOf(RecordLockedException.class);
        assertThatThrownBy(() -> desk.filing.signInPerson(desk.record, FilingDesk.drawing("Alex"),
                FilingDesk.drawing("Jo"), "Jo Bloggs", "Alex Morgan", LocalDate.of(2026, 11, 23)))
                .isInstanceOf(FilingRefusedException.class)
                .hasMessageContaining("already signed by both on 23/11/2026");
    }

    @Test
    void theMonitoringSheetShowsTheRecordSharedAndSignedThatDay() {
        desk.filing.signInPerson(desk.record, FilingDesk.drawing("Alex"), FilingDesk.drawing("Jo"), "Jo Bloggs",
                "Alex Morgan", LocalDate.of(2026, 11, 23));

        var session = desk.sessionNow().session();
        assertThat(session.sharedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(session.signedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void signingIsAuditedInTheSameTransaction() {
        desk.filing.signInPerson(desk.record, FilingDesk.drawing("Alex"), FilingDesk.drawing("Jo"), "Jo Bloggs",
                "Alex Morgan", LocalDate.of(2026, 11, 23));

        assertThat(desk.auditOf(desk.record.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("sign");
            assertThat(e.detail()).contains("signed in person").doesNotContain("Jo Bloggs");
        });
    }

    @Test
    void aDraftOrAnImpossibleDateIsRefused() throws Exception {
        var draft = desk.book.create(new uk.supervisiondesk.domain.SupervisionRecord(null, desk.jo.id(), "welfare",
                "welfare", LocalDate.of(2026, 11, 20), null, uk.supervisiondesk.domain.RecordStatus.DRAFT, 1,
                java.util.Map.of(), null));

        assertThatThrownBy(() -> desk.filing.signInPerson(draft, FilingDesk.drawing("Alex"), FilingDesk.drawing("Jo"),
                "Jo Bloggs", "Alex Morgan", LocalDate.of(2026, 11, 23)))
                .isInstanceOf(FilingRefusedException.class).hasMessageContaining("still a draft");
        assertThatThrownBy(() -> desk.filing.signInPerson(desk.record, FilingDesk.drawing("Alex"),
                FilingDesk.drawing("Jo"), "Jo Bloggs", "Alex Morgan", LocalDate.of(2026, 11, 24)))
                .isInstanceOf(FilingRefusedException.class).hasMessageContaining("in the future");
        assertThatThrownBy(() -> desk.filing.signInPerson(desk.record, new byte[0], FilingDesk.drawing("Jo"),
                "Jo Bloggs", "Alex Morgan", LocalDate.of(2026, 11, 23)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no drawn signature from the supervisor");
        assertThatThrownBy(() -> desk.filing.signInPerson(desk.record, FilingDesk.drawing("Alex"),
                "not a picture".getBytes(), "Jo Bloggs", "Alex Morgan", LocalDate.of(2026, 11, 23)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an image");
        assertThat(desk.filing.isLocked(desk.record.id())).isFalse();
        assertThat(desk.filing.versions(desk.record.id())).singleElement()
                .satisfies(v -> assertThat(v.filed()).isEmpty());
    }
}
