package uk.supervisiondesk.pdf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Files that are not whole PDFs get a plain, typed error, from every entry point. */
class UnreadablePdfTest {
    private static byte[] signed;
    private final PdfVerifier verifier = new PdfVerifier();

    @BeforeAll
    static void signOnce() throws Exception {
        signed = TestIdentities.signedBySupervisor();
    }

    @Test
    void anEmptyFile() {
        assertThatThrownBy(() -> verifier.verify(new byte[0]))
                .isInstanceOfSatisfying(UnreadablePdfException.class, e -> reasonIs(e, UnreadablePdfException.Reason.EMPTY))
                .hasMessage("This file is empty, so it is not a PDF.");
    }

    @Test
    void randomBytes() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        assertThatThrownBy(() -> verifier.verify(noise))
                .isInstanceOfSatisfying(UnreadablePdfException.class, e -> reasonIs(e, UnreadablePdfException.Reason.NOT_A_PDF))
                .hasMessage("This file is not a PDF.");
    }

    @Test
    void aTextFileRenamedToPdf() {
        byte[] text = "Supervision notes\nTo do: book the room.\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifier.verify(text)).hasMessage("This file is not a PDF.");
        assertThatThrownBy(() -> RecordAttachment.readJson(text)).hasMessage("This file is not a PDF.");
        assertThatThrownBy(() -> TestIdentities.signerAt(TestIdentities.SUPERVISOR_CLOCK)
                .sign(text, TestIdentities.SUPERVISOR, SignatureRequest.agreeing("supervisor-signature")))
                .isInstanceOf(UnreadablePdfException.class).hasMessage("This file is not a PDF.");
    }

    @Test
    void aSignedPdfCutOffPartWay() {
        byte[] truncated = Arrays.copyOf(signed, signed.length * 3 / 5);

        assertThatThrownBy(() -> verifier.verify(truncated))
                .isInstanceOfSatisfying(UnreadablePdfException.class, e -> reasonIs(e, UnreadablePdfException.Reason.DAMAGED))
                .hasMessageStartingWith("The PDF is damaged or truncated: ");
    }

    @Test
    void aSignedPdfMissingOnlyTheEndOfItsLastUpdate() {
        byte[] truncated = Arrays.copyOf(signed, signed.length - 40);

        assertThatThrownBy(() -> verifier.verify(truncated))
                .isInstanceOf(UnreadablePdfException.class)
                .hasMessageStartingWith("The PDF is damaged or truncated: ");
    }

    @Test
    void aPdfHeaderFollowedByRubbish() {
        byte[] rubbish = ("%PDF-1.7\n" + "x".repeat(2000) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> verifier.verify(rubbish))
                .isInstanceOf(UnreadablePdfException.class)
                .hasMessageStartingWith("The PDF is damaged or truncated: ");
    }

    private static void reasonIs(UnreadablePdfException e, UnreadablePdfException.Reason reason) {
        org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(reason);
    }
}
