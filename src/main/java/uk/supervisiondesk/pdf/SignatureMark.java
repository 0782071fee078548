package uk.supervisiondesk.pdf;

/** How a signature block is, or will be, signed. */
public sealed interface SignatureMark permits DrawnSignature, DigitalSignatureField, HandSignature {
}
