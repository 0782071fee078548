package uk.supervisiondesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.supervisiondesk.pdf.TestIdentities.SUPERVISEE;
import static uk.supervisiondesk.pdf.TestIdentities.SUPERVISEE_CLOCK;
import static uk.supervisiondesk.pdf.TestIdentities.signerAt;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whatever is changed in a signed record, verification must stop calling it valid. */
class TamperingTest {
    private static byte[] signed;
    private final PdfVerifier verifier = new PdfVerifier();

    @BeforeAll
    static void signOnce() throws Exception {
        signed = TestIdentities.signedBySupervisor();
    }

    @Test
    void changingOneLetterOfTheSignedContentBreaksTheSignature() throws Exception {
        byte[] changed = signed.clone();
        // The supervisee's name in the XMP metadata: plain text inside the signed range.
        int at = PdfInput.indexOf(changed, "Priya Shah".getBytes(StandardCharsets.US_ASCII), 0, changed.length);
        assertThat(at).isPositive();
        changed[at] = 'Q';

        VerificationReport report = verifier.verify(changed);

        assertThat(report.valid()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(s -> assertThat(s.intact()).isFalse());
        assertThat(report.whyNotValid()).hasValueSatisfying(why -> assertThat(why)
                .contains("signature 1 (Alex Morgan) does not match the document"));
    }

    @Test
    void changingAnySingleByteInsideTheSignedRangeIsNeverValid() throws Exception {
        long[] ranges = signedRanges(signed);
        for (int step = 1; step <= 24; step++) {
            int range = step % 2 == 0 ? 0 : 2;
            long start = ranges[range];
            long length = ranges[range + 1];
            int at = (int) (start + length * step / 25);
            byte[] changed = signed.clone();
            changed[at] ^= 0x01;

            assertThatCode(() -> {
                try {
                    VerificationReport report = verifier.verify(changed);
                    assertThat(report.valid()).as("byte %d changed", at).isFalse();
                } catch (UnreadablePdfException unreadable) {
                    // Damage this bad is also a failed verification.
                }
            }).doesNotThrowAnyException();
        }
    }

    @Test
    void bytesAppendedAfterTheSignatureMeanItNoLongerCoversTheWholeDocument() throws Exception {
        byte[] appended = Arrays.copyOf(signed, signed.length + 24);
        System.arraycopy("\n% added after signing\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 23);

        VerificationReport report = verifier.verify(appended);

        assertThat(report.valid()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.coversWholeDocument()).isFalse();
        });
        assertThat(report.whyNotValid()).hasValueSatisfying(why -> assertThat(why)
                .contains("changed after the last signature"));
    }

    @Test
    void anEditSlippedInBeforeTheSuperviseeSignsIsCaughtEvenThoughEverySignatureIsIntact() throws Exception {
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)), new PdfWriter(edited),
                new StampingProperties().useAppendMode())) {
            new PdfCanvas(pdf.getFirstPage()).setFillColor(ColorConstants.WHITE).rectangle(60, 400, 300, 80).fill();
        }
        byte[] thenSigned = signerAt(SUPERVISEE_CLOCK).sign(edited.toByteArray(), SUPERVISEE,
                SignatureRequest.agreeing(SampleSessionRecord.SUPERVISEE_FIELD));

        VerificationReport report = verifier.verify(thenSigned);

        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.intact()).isTrue());
        assertThat(report.signatures().get(1).coversWholeDocument()).isTrue();
        assertThat(report.changesBetweenSignatures()).isNotEmpty();
        assertThat(report.valid()).isFalse();
        assertThat(report.whyNotValid()).hasValueSatisfying(why -> assertThat(why)
                .contains("changed between signatures"));
    }

    private static long[] signedRanges(byte[] pdf) {
        try (PdfDocument document = PdfReading.open(pdf)) {
            SignatureUtil util = new SignatureUtil(document);
            PdfArray byteRange = util.getSignature(SampleSessionRecord.SUPERVISOR_FIELD).getByteRange();
            return byteRange.toLongArray();
        }
    }
}
