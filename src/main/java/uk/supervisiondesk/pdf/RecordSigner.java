package uk.supervisiondesk.pdf;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.layout.element.Div;
import com.itextpdf.signatures.AccessPermissions;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;

/**
 * Signs a record's PDF with a person's certificate: a PAdES baseline-B signature appended as an
 * incremental update, so every earlier byte, and every earlier signature, stays exactly as it
 * was. The first signature also certifies the document, allowing later changes only to fill in
 * and sign form fields: PDF readers then flag anything else as a change to a certified record.
 */
public final class RecordSigner {
    private static final String DIGEST = "SHA256";
    private static final String CREATOR = "Supervision Desk";
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm z");

    private final PdfResources resources;
    private final PrintableText printable;
    private final Clock clock;

    public RecordSigner(PdfResources resources, Clock clock) {
        this.resources = resources;
        this.printable = new PrintableText(resources);
        this.clock = clock;
    }

    /**
     * The PDF with the signature appended.
     *
     * @throws UnreadablePdfException when the input is not a readable PDF
     * @throws SigningFailedException when the field is already signed, the certificate is not
     *     valid today, or the signature could not be made
     */
    public byte[] sign(byte[] pdf, SigningIdentity identity, SignatureRequest request)
            throws UnreadablePdfException, SigningFailedException {
        ZonedDateTime now = ZonedDateTime.now(clock);
        try {
            identity.checkValidAt(now.toInstant());
        } catch (SigningIdentityException e) {
            throw new SigningFailedException(e.getMessage(), e);
        }
        FieldState field = inspect(pdf, request.fieldName());
        if (field.alreadySigned()) {
            throw new SigningFailedException("The signature field " + request.fieldName()
                    + " is already signed. A signed record cannot be signed again; make a new version instead.", null);
        }
        SignerProperties properties = new SignerProperties()
                .setFieldName(request.fieldName())
                .setReason(request.reason())
                .setClaimedSignDate(GregorianCalendar.from(now))
                .setSignatureCreator(CREATOR);
        if (!request.location().isEmpty()) {
            properties.setLocation(request.location());
        }
        if (field.emptyFieldExists()) {
            properties.setSignatureAppearance(appearance(identity.personName(), now, request));
        }
        if (!field.documentSigned()) {
            properties.setCertificationLevel(AccessPermissions.FORM_FIELDS_MODIFICATION);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
        try {
            PdfPadesSigner signer = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
                    .setStampingProperties(new StampingProperties().useAppendMode());
            // The JDK's own RSA signature: no security provider has to be registered globally.
            PrivateKeySignature signature = new PrivateKeySignature(identity.privateKey(), DIGEST, null);
            signer.signWithBaselineBProfile(properties, identity.chain().toArray(new Certificate[0]), signature);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new SigningFailedException("The PDF could not be signed: " + describe(e), e);
        }
        return out.toByteArray();
    }

    /** What the signer's box shows once signed: who, when, and why, in the record's own font. */
    private SignatureFieldAppearance appearance(String signerName, ZonedDateTime when, SignatureRequest request) {
        FormElements elements = new FormElements(resources.newFonts(), printable);
        Div content = new Div().setPaddingLeft(4f).setPaddingTop(2f);
        content.add(elements.text(signerName, elements.fonts().bold(), FormStyle.BODY_SIZE, FormStyle.INK));
        content.add(elements.text("Signed digitally " + SIGNED_AT.format(when), elements.fonts().regular(),
                FormStyle.FURNITURE_SIZE, FormStyle.MUTED));
        String why = request.location().isEmpty() ? request.reason() : request.reason() + ", " + request.location();
        content.add(elements.text(why, elements.fonts().regular(), FormStyle.FURNITURE_SIZE, FormStyle.MUTED));
        SignatureFieldAppearance appearance = new SignatureFieldAppearance(SignerProperties.IGNORED_ID);
        appearance.setContent(content);
        appearance.setFont(elements.fonts().regular());
        return appearance;
    }

    private record FieldState(boolean documentSigned, boolean emptyFieldExists, boolean alreadySigned) {
    }

    private static FieldState inspect(byte[] pdfBytes, String fieldName) throws UnreadablePdfException {
        try (PdfDocument pdf = PdfInput.open(pdfBytes)) {
            SignatureUtil signatures = new SignatureUtil(pdf);
            return new FieldState(!signatures.getSignatureNames().isEmpty(),
                    signatures.getBlankSignatureNames().contains(fieldName),
                    signatures.getSignatureNames().contains(fieldName));
        } catch (RuntimeException e) {
            throw PdfInput.damaged(e);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
