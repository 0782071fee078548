package uk.supervisiondesk.filing;

import java.util.Optional;
import uk.supervisiondesk.pdf.PdfVerifier;
import uk.supervisiondesk.pdf.SignatureCheck;
import uk.supervisiondesk.pdf.UnreadablePdfException;
import uk.supervisiondesk.pdf.VerificationReport;

/**
 * Decides whether a PDF the supervisee returned can be accepted: it must be the copy that was
 * sent, byte for byte, with only the supervisee's signature added after it (signing in any
 * reader appends, so the supervisor's signed revision stays whole inside the file), and both
 * signatures must verify.
 */
final class RemoteReturnCheck {
    private RemoteReturnCheck() {
    }

    /**
     * @return the supervisee's signature
     * @throws FilingRefusedException with a plain message saying what is wrong with the file
     */
    static SignatureCheck check(byte[] sent, byte[] returned, PdfVerifier verifier) {
        VerificationReport report;
        try {
            report = verifier.verify(returned);
        } catch (UnreadablePdfException e) {
            throw new FilingRefusedException(FilingRefusedException.Reason.UNREADABLE_FILE,
                    "The returned file cannot be used. " + e.getMessage(), e);
        }
        if (returned.length == sent.length && java.util.Arrays.equals(returned, sent)) {
            throw notSignedYet();
        }
        if (!RecordFiling.startsWith(returned, sent)) {
            throw new FilingRefusedException(FilingRefusedException.Reason.NOT_THE_SENT_FILE,
                    "This is not the copy that was sent for signing, or it was changed before it was signed: the "
                            + "supervisor's signed copy is not inside it unchanged. Ask the supervisee to sign the copy "
                            + "they were sent, without editing it, and send it back.");
        }
        Optional<SignatureCheck> supervisor = report.signatureIn(SignatureMarks.SUPERVISOR_FIELD);
        if (supervisor.isEmpty() || !supervisor.get().intact()) {
            throw new FilingRefusedException(FilingRefusedException.Reason.INVALID_SIGNATURE,
                    "The supervisor's signature in the returned file does not verify, so it cannot be accepted.");
        }
        Optional<SignatureCheck> supervisee = report.signatureIn(SignatureMarks.SUPERVISEE_FIELD);
        if (supervisee.isEmpty()) {
            throw notSignedYet();
        }
        if (!supervisee.get().intact() || !report.valid()) {
            throw new FilingRefusedException(FilingRefusedException.Reason.INVALID_SIGNATURE,
                    "The returned file cannot be accepted: " + report.whyNotValid().orElse(
                            "the supervisee's signature does not verify") + ". Ask the supervisee to sign the copy "
                            + "they were sent again and send it back.");
        }
        return supervisee.get();
    }

    private static FilingRefusedException notSignedYet() {
        return new FilingRefusedException(FilingRefusedException.Reason.NOT_SIGNED_BY_SUPERVISEE,
                "The supervisee has not signed this copy yet: their signature box is still empty. Ask them to sign it "
                        + "in their PDF reader (Sign, or Fill & Sign with a digital ID) and send it back.");
    }
}
