package uk.supervisiondesk.filing;

import java.util.Objects;
import uk.supervisiondesk.pdf.DigitalSignatureField;
import uk.supervisiondesk.pdf.DrawnSignature;
import uk.supervisiondesk.pdf.HandSignature;
import uk.supervisiondesk.pdf.SignatureMark;

/**
 * How the supervisor's and the supervisee's signature blocks are signed in one rendering, and
 * the status the PDF prints.
 *
 * @param supervisorName the name printed in the supervisor's block; null for the name on record
 * @param superviseeName the name printed in the supervisee's block; null for the name on record
 */
public record SignatureMarks(SignatureMark supervisor, String supervisorName, SignatureMark supervisee,
                             String superviseeName, String status) {
    public static final String SUPERVISOR_FIELD = "supervisor-signature";
    public static final String SUPERVISEE_FIELD = "supervisee-signature";
    /** The invisible signature with which the supervisor's certificate seals a record. */
    public static final String SEAL_FIELD = "supervisor-seal";

    public SignatureMarks {
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(supervisee, "supervisee");
        Objects.requireNonNull(status, "status");
    }

    /** Both drew their signature on the supervisor's screen and typed their names. */
    public static SignatureMarks inPerson(InPersonSignatures signed) {
        return new SignatureMarks(new DrawnSignature(signed.supervisorDrawing(), signed.signedOn()),
                signed.supervisorTypedName(), new DrawnSignature(signed.superviseeDrawing(), signed.signedOn()),
                signed.superviseeTypedName(), "Signed in person");
    }

    /** An empty digital signature field for each: the supervisor signs first, the supervisee in their reader. */
    public static SignatureMarks remote() {
        return new SignatureMarks(new DigitalSignatureField(SUPERVISOR_FIELD), null,
                new DigitalSignatureField(SUPERVISEE_FIELD), null, "Sent for signature");
    }

    /** Lines to sign by hand on a printout. */
    public static SignatureMarks onPaper(String status) {
        return new SignatureMarks(new HandSignature(), null, new HandSignature(), null, status);
    }

    /** The filed copy of a printout both signed by hand on the day. */
    public static SignatureMarks signedOnPaper(java.time.LocalDate signedOn) {
        return new SignatureMarks(new HandSignature(signedOn), null, new HandSignature(signedOn), null,
                "Signed on paper on " + uk.supervisiondesk.domain.UkDates.format(signedOn));
    }
}
