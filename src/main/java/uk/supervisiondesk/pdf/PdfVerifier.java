package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.TimestampConstants;
import com.itextpdf.signatures.validation.DocumentRevisionsValidator;
import com.itextpdf.signatures.validation.ValidatorChainBuilder;
import com.itextpdf.signatures.validation.context.CertificateSource;
import com.itextpdf.signatures.validation.context.TimeBasedContext;
import com.itextpdf.signatures.validation.context.ValidationContext;
import com.itextpdf.signatures.validation.context.ValidatorContext;
import com.itextpdf.signatures.validation.report.ReportItem;
import com.itextpdf.signatures.validation.report.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * Checks a PDF's signatures the way an auditor needs: who signed, when, whether each signature
 * still matches what it signed, whether anything but signing happened between signatures, and
 * whether anything was added after the last one. It does not judge whether a certificate is
 * trusted: the app's identities are self-issued, and who a person is, is checked by the people
 * who know them.
 */
public final class PdfVerifier {
    private static final String UNKNOWN_SIGNER = "unknown signer";

    public VerificationReport verify(Path file) throws IOException, UnreadablePdfException {
        return verify(Files.readAllBytes(file));
    }

    /** @throws UnreadablePdfException when the bytes are empty, not a PDF, damaged or truncated */
    public VerificationReport verify(byte[] pdfBytes) throws UnreadablePdfException {
        try (PdfDocument pdf = PdfInput.open(pdfBytes)) {
            SignatureUtil util = new SignatureUtil(pdf);
            // SignatureUtil lists signatures by how much of the file they cover, i.e. in signing order.
            List<String> names = util.getSignatureNames();
            List<SignatureCheck> checks = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                checks.add(check(util, names.get(i), i + 1));
            }
            List<String> changes = names.isEmpty() ? List.of() : changesBetweenSignatures(pdf);
            return new VerificationReport(checks, util.getBlankSignatureNames(), changes,
                    pdf.getReader().hasRebuiltXref());
        } catch (RuntimeException e) {
            throw PdfInput.damaged(e);
        }
    }

    private static SignatureCheck check(SignatureUtil util, String name, int number) {
        boolean covers = util.signatureCoversWholeDocument(name);
        PdfPKCS7 signature;
        try {
            signature = util.readSignatureData(name);
        } catch (RuntimeException e) {
            // The signature's own bytes are unreadable: nothing it claims can be trusted.
            return new SignatureCheck(number, name, UNKNOWN_SIGNER, null, false, covers);
        }
        X509Certificate certificate = signature.getSigningCertificate();
        String signer = certificate == null ? UNKNOWN_SIGNER : CertificateNames.personName(certificate);
        boolean intact;
        try {
            intact = signature.verifySignatureIntegrityAndAuthenticity();
        } catch (GeneralSecurityException | RuntimeException e) {
            intact = false;
        }
        return new SignatureCheck(number, name, signer, signingTime(signature), intact, covers);
    }

    /** The time-stamp's time if there is one (none for baseline-B), else the claimed time. */
    private static Instant signingTime(PdfPKCS7 signature) {
        Calendar stamped = signature.getTimeStampDate();
        if (stamped != null && stamped != TimestampConstants.UNDEFINED_TIMESTAMP_DATE) {
            return stamped.toInstant();
        }
        Calendar claimed = signature.getSignDate();
        return claimed == null || claimed == TimestampConstants.UNDEFINED_TIMESTAMP_DATE ? null : claimed.toInstant();
    }

    /**
     * iText compares each revision after the first signature with the one before and reports
     * anything beyond what signing and the certification allow, e.g. a page's content replaced.
     */
    private static List<String> changesBetweenSignatures(PdfDocument pdf) {
        DocumentRevisionsValidator validator = new ValidatorChainBuilder().buildDocumentRevisionsValidator();
        ValidationContext context = new ValidationContext(ValidatorContext.DOCUMENT_REVISIONS_VALIDATOR,
                CertificateSource.SIGNER_CERT, TimeBasedContext.PRESENT);
        ValidationReport report = validator.validateAllDocumentRevisions(context, pdf);
        return report.getFailures().stream()
                .filter(item -> item.getStatus() == ReportItem.ReportItemStatus.INVALID)
                .map(ReportItem::getMessage)
                .distinct()
                .toList();
    }
}
