package uk.supervisiondesk.pdf;

import java.util.regex.Pattern;

/**
 * An empty signature field in the block, to be signed with a certificate later: by the
 * supervisor through {@link RecordSigner}, or by a supervisee signing remotely in any PDF reader.
 *
 * @param fieldName the form field's name, e.g. "supervisee-signature"; letters, digits, - and _
 *     only, because a dot would make it a child of another field
 */
public record DigitalSignatureField(String fieldName) implements SignatureMark {
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public DigitalSignatureField {
        requireValidName(fieldName);
    }

    static String requireValidName(String fieldName) {
        if (fieldName == null || !FIELD_NAME.matcher(fieldName).matches()) {
            throw new IllegalArgumentException("a signature field name is 1-64 letters, digits, - or _: " + fieldName);
        }
        return fieldName;
    }
}
