package uk.supervisiondesk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.SigningMode;
import uk.supervisiondesk.pdf.PdfVerifier;
import uk.supervisiondesk.pdf.VerificationReport;
import uk.supervisiondesk.store.RecordLockedException;

/** The supervisor signs and sends; the supervisee signs in their own reader; the returned copy is checked. */
class SigningRemotelyTest {
    static final Clock SUPERVISEE_SIGNS = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), FilingDesk.LONDON);

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
    void theSupervisorSignsTheirFieldAndTheSuperviseesStaysEmpty() throws Exception {
        byte[] sent = desk.filing.prepareRemote(desk.record);

        VerificationReport report = new PdfVerifier().verify(sent);
        assertThat(report.valid()).isTrue();
        assertThat(report.emptySignatureFields()).containsExactly(SignatureMarks.SUPERVISEE_FIELD);
        assertThat(report.signatureIn(SignatureMarks.SUPERVISOR_FIELD)).hasValueSatisfying(
                s -> assertThat(s.signerName()).isEqualTo("Alex Morgan"));
        assertThat(PdfText.of(sent)).contains("Sent for signature", "Date recorded in the digital signature");
        var state = desk.filing.state(desk.record.id());
        assertThat(state.awaitingSupervisee()).isTrue();
        assertThat(state.isLocked()).isFalse();
        assertThat(desk.sessionNow().session().sharedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(desk.sessionNow().session().signedOn()).isNull();
        assertThat(desk.filing.prepareRemote(desk.record)).as("asking again gives the copy already sent").isEqualTo(sent);
        assertThatThrownBy(() -> desk.book.saveDraft(desk.record, List.of()))
                .isInstanceOf(RecordLockedException.class).hasMessageContaining("sent to the supervisee");
    }

    @Test
    void aCopySignedInASecondStepByAnotherCertificateIsVerifiedAndTheRecordMarkedSigned() throws Exception {
        byte[] sent = desk.filing.prepareRemote(desk.record);
        byte[] returned = FilingDesk.signedBySupervisee(sent, SUPERVISEE_SIGNS);

        RecordFiling.ImportedSignature imported = desk.filing.importRemote(desk.record, returned);

        assertThat(imported.signerName()).isEqualTo("Jo Bloggs");
        assertThat(imported.signedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(imported.filed().signing()).isEqualTo(SigningMode.REMOTE_COMPLETE);
        assertThat(desk.filing.isLocked(desk.record.id())).isTrue();
        assertThat(desk.filing.filedPdf(desk.record.id(), 1)).hasValue(returned);
        VerificationReport report = new PdfVerifier().verify(returned);
        assertThat(report.valid()).isTrue();
        assertThat(report.signatures()).extracting(s -> s.signerName()).containsExactly("Alex Morgan", "Jo Bloggs");
        assertThat(desk.sessionNow().session().signedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(desk.filing.versions(desk.record.id()).get(0).filed()).extracting(d -> d.signing())
                .containsExactly(SigningMode.REMOTE_PENDING, SigningMode.REMOTE_COMPLETE);
        assertThat(desk.auditOf(desk.record.id())).filteredOn(e -> e.action().equals("sign")).hasSize(2);
    }

    @Test
    void oneChangedByteInTheSupervisorsSignedCopyIsRefused() throws Exception {
        byte[] sent = desk.filing.prepareRemote(desk.record);
        byte[] returned = FilingDesk.signedBySupervisee(sent, SUPERVISEE_SIGNS);
        byte[] tampered = returned.clone();
        int at = indexOf(tampered, "Individual supervision record", 0);
        tampered[at] = (byte) 'J';

        assertThatThrownBy(() -> desk.filing.importRemote(desk.record, tampered))
                .isInstanceOf(FilingRefusedException.class)
                .satisfies(e -> assertThat(((FilingRefusedException) e).reason())
                        .isEqualTo(FilingRefusedException.Reason.NOT_THE_SENT_FILE))
                .hasMessageContaining("not the copy that was sent");
        assertThat(desk.filing.isLocked(desk.record.id())).isFalse();
        assertThat(desk.sessionNow().session().signedOn()).isNull();
    }

    @Test
    void oneChangedByteInTheSuperviseesSignatureIsRefused() throws Exception {
        byte[] sent = desk.filing.prepareRemote(desk.record);
        byte[] returned = FilingDesk.signedBySupervisee(sent, SUPERVISEE_SIGNS);
        byte[] tampered = returned.clone();
        // The signing time in the supervisee's signature dictionary: inside what their signature covers.
        int at = indexOf(tampered, "(D:2026", sent.length) + 6;
        tampered[at] = (byte) (tampered[at] == '1' ? '2' : '1');

        assertThatThrownBy(() -> desk.filing.importRemote(desk.record, tampered))
                .isInstanceOf(FilingRefusedException.class)
                .satisfies(e -> assertThat(((FilingRefusedException) e).reason())
                        .isEqualTo(FilingRefusedException.Reason.INVALID_SIGNATURE))
                .hasMessageContaining("cannot be accepted");
        assertThat(desk.filing.isLocked(desk.record.id())).isFalse();
    }

    @Test
    void anUnsignedOrForeignOrDamagedReturnIsRefusedWithAPlainMessage() throws Exception {
        byte[] sent = desk.filing.prepareRemote(desk.record);
        byte[] returned = FilingDesk.signedBySupervisee(sent, SUPERVISEE_SIGNS);

        assertRefused(sent, FilingRefusedException.Reason.NOT_SIGNED_BY_SUPERVISEE, "still empty");
        assertRefused(new byte[0], FilingRefusedException.Reason.UNREADABLE_FILE, "empty");
        assertRefused("Dear Alex, I agree. Jo".getBytes(StandardCharsets.UTF_8),
                FilingRefusedException.Reason.UNREADABLE_FILE, "not a PDF");
        assertRefused(Arrays.copyOf(returned, returned.length - 2000), FilingRefusedException.Reason.UNREADABLE_FILE,
                "damaged or truncated");
        var other = desk.completed("welfare", null);
        byte[] otherSent = desk.filing.prepareRemote(other);
        assertRefused(FilingDesk.signedBySupervisee(otherSent, SUPERVISEE_SIGNS),
                FilingRefusedException.Reason.NOT_THE_SENT_FILE, "not the copy that was sent");
        assertThat(desk.filing.isLocked(desk.record.id())).isFalse();
    }

    @Test
    void aRecordNotSentCannotTakeASignatureBack() throws Exception {
        byte[] elsewhere = desk.filing.prepareRemote(desk.completed("welfare", null));

        assertThatThrownBy(() -> desk.filing.importRemote(desk.record,
                FilingDesk.signedBySupervisee(elsewhere, SUPERVISEE_SIGNS)))
                .isInstanceOf(FilingRefusedException.class).hasMessageContaining("has not been sent for signing");
    }

    private void assertRefused(byte[] returned, FilingRefusedException.Reason reason, String message) {
        assertThatThrownBy(() -> desk.filing.importRemote(desk.record, returned))
                .isInstanceOf(FilingRefusedException.class)
                .satisfies(e -> assertThat(((FilingRefusedException) e).reason()).isEqualTo(reason))
                .hasMessageContaining(message);
    }

    private static int indexOf(byte[] haystack, String needle, int from) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = from; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("'" + needle + "' not found after " + from);
    }
}
