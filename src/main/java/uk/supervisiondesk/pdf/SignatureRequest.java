package uk.supervisiondesk.pdf;

/**
 * What to sign and how it is described in the signature.
 *
 * @param fieldName the signature field to sign: an empty field already in the PDF (placed in
 *     the signer's block when the PDF was rendered), or a new name for an invisible signature,
 *     as when the supervisor seals a record both parties signed in person
 * @param reason why it was signed, shown by PDF readers
 * @param location where it was signed, optional (empty for none)
 */
public record SignatureRequest(String fieldName, String reason, String location) {
    public static final String AGREED = "Supervision record agreed";

    public SignatureRequest {
        DigitalSignatureField.requireValidName(fieldName);
        RecordHeader.requireText(reason, "reason");
        location = location == null ? "" : location.strip();
    }

    /** Signing the field with the usual reason and no location. */
    public static SignatureRequest agreeing(String fieldName) {
        return new SignatureRequest(fieldName, AGREED, "");
    }

    public SignatureRequest at(String newLocation) {
        return new SignatureRequest(fieldName, reason, newLocation);
    }
}
