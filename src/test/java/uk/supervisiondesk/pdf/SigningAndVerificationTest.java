package uk.supervisiondesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.supervisiondesk.pdf.TestIdentities.SUPERVISEE;
import static uk.supervisiondesk.pdf.TestIdentities.SUPERVISEE_CLOCK;
import static uk.supervisiondesk.pdf.TestIdentities.SUPERVISOR;
import static uk.supervisiondesk.pdf.TestIdentities.SUPERVISOR_CLOCK;
import static uk.supervisiondesk.pdf.TestIdentities.signerAt;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.signatures.PdfSignature;
import com.itextpdf.signatures.SignatureUtil;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SigningAndVerificationTest {
    private final PdfVerifier verifier = new PdfVerifier();

    @Test
    void inPersonTheSupervisorsCertificateSealsTheWholeDocument() throws Exception {
        byte[] rendered = new RecordPdfRenderer().render(SampleSessionRecord.signedInPerson());

        byte[] signed = signerAt(SUPERVISOR_CLOCK).sign(rendered, SUPERVISOR, SignatureRequest.agreeing("supervisor-certificate"));

        VerificationReport report = verifier.verify(signed);
        assertThat(report.valid()).isTrue();
        assertThat(report.emptySignatureFields()).isEmpty();
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.signerName()).isEqualTo("Alex Morgan");
            assertThat(s.signedAt()).isEqualTo(TestIdentities.SUPERVISOR_SIGNS);
            assertThat(s.intact()).isTrue();
            assertThat(s.coversWholeDocument()).isTrue();
        });
        assertThat(Arrays.copyOf(signed, rendered.length)).as("signed as an incremental update").isEqualTo(rendered);
        try (PdfDocument pdf = PdfReading.open(signed)) {
            PdfDictionary permissions = pdf.getCatalog().getPdfObject().getAsDictionary(PdfName.Perms);
            assertThat(permissions.get(PdfName.DocMDP)).as("the first signature certifies the record").isNotNull();
        }
        assertThat(RecordAttachment.readRecord(signed).orElseThrow()).containsEntry("employeeNumber", "SAMPLE-0042");
    }

    @Test
    void remotelyTheSupervisorSignsAndTheSuperviseesFieldStaysEmpty() throws Exception {
        byte[] signed = TestIdentities.signedBySupervisor();

        VerificationReport report = verifier.verify(signed);

        assertThat(report.valid()).isTrue();
        assertThat(report.emptySignatureFields()).containsExactly(SampleSessionRecord.SUPERVISEE_FIELD);
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.fieldName()).isEqualTo(SampleSessionRecord.SUPERVISOR_FIELD);
            assertThat(s.signerName()).isEqualTo("Alex Morgan");
        });
        try (PdfDocument pdf = PdfReading.open(signed)) {
            PdfSignature signature = new SignatureUtil(pdf).getSignature(SampleSessionRecord.SUPERVISOR_FIELD);
            assertThat(signature.getReason()).isEqualTo("Supervision record agreed");
            assertThat(signature.getLocation()).isEqualTo("Example House, Anytown");
            assertThat(signature.getSubFilter()).isEqualTo(PdfName.ETSI_CAdES_DETACHED);
        }
    }

    @Test
    void aSecondCertificateSignsTheSuperviseeFieldInALaterUpdateAndBothVerify() throws Exception {
        byte[] bySupervisor = TestIdentities.signedBySupervisor();

        byte[] byBoth = signerAt(SUPERVISEE_CLOCK).sign(bySupervisor, SUPERVISEE,
                SignatureRequest.agreeing(SampleSessionRecord.SUPERVISEE_FIELD));

        assertThat(Arrays.copyOf(byBoth, bySupervisor.length)).isEqualTo(bySupervisor);
        VerificationReport report = verifier.verify(byBoth);
        assertThat(report.valid()).isTrue();
        assertThat(report.whyNotValid()).isEmpty();
        assertThat(report.emptySignatureFields()).isEmpty();
        assertThat(report.changesBetweenSignatures()).isEmpty();
        assertThat(report.signatures()).hasSize(2);
        SignatureCheck first = report.signatures().get(0);
        SignatureCheck second = report.signatures().get(1);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.signerName()).isEqualTo("Alex Morgan");
        assertThat(first.intact()).isTrue();
        assertThat(first.coversWholeDocument()).as("the supervisee's update follows it").isFalse();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.signerName()).isEqualTo("Priya Shah");
        assertThat(second.signedAt()).isEqualTo(TestIdentities.SUPERVISEE_SIGNS);
        assertThat(second.intact()).isTrue();
        assertThat(second.coversWholeDocument()).isTrue();
        assertThat(report.signatureIn(SampleSessionRecord.SUPERVISEE_FIELD)).contains(second);
    }

    @Test
    void anIdentityLoadedFromItsPkcs12SignsLikeTheOriginal() throws Exception {
        char[] password = "correct horse battery staple".toCharArray();
        SigningIdentity reloaded = SigningIdentity.fromPkcs12(SUPERVISOR.toPkcs12(password), password);
        byte[] rendered = new RecordPdfRenderer().render(SampleSessionRecord.forRemoteSigning());

        byte[] signed = signerAt(SUPERVISOR_CLOCK).sign(rendered, reloaded,
                SignatureRequest.agreeing(SampleSessionRecord.SUPERVISOR_FIELD));

        assertThat(verifier.verify(signed).valid()).isTrue();
    }

    @Test
    void aSignedFieldCannotBeSignedAgain() throws Exception {
        byte[] signed = TestIdentities.signedBySupervisor();

        assertThatThrownBy(() -> signerAt(SUPERVISOR_CLOCK).sign(signed, SUPERVISOR,
                SignatureRequest.agreeing(SampleSessionRecord.SUPERVISOR_FIELD)))
                .isInstanceOf(SigningFailedException.class)
                .hasMessageContaining("already signed")
                .hasMessageContaining("new version");
    }

    @Test
    void anExpiredCertificateCannotSign() throws Exception {
        byte[] rendered = new RecordPdfRenderer().render(SampleSessionRecord.forRemoteSigning());
        Clock sixYearsLater = Clock.fixed(Instant.parse("2032-03-01T10:00:00Z"), TestIdentities.LONDON);

        assertThatThrownBy(() -> signerAt(sixYearsLater).sign(rendered, SUPERVISOR,
                SignatureRequest.agreeing(SampleSessionRecord.SUPERVISOR_FIELD)))
                .isInstanceOf(SigningFailedException.class)
                .hasMessageContaining("expired on 05/01/2031");
    }

    @Test
    void anUnsignedPdfIsNotValid() throws Exception {
        VerificationReport report = verifier.verify(new RecordPdfRenderer().render(SampleSessionRecord.forRemoteSigning()));

        assertThat(report.valid()).isFalse();
        assertThat(report.whyNotValid()).contains("the document has no signatures");
        assertThat(report.emptySignatureFields()).hasSize(2);
    }
}
