package uk.supervisiondesk.pdf;

/** Signed on paper: the block prints empty lines for a handwritten signature and date. */
public record HandSignature() implements SignatureMark {
}
