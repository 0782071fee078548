package uk.supervisiondesk.pdf;

import java.time.LocalDate;

/**
 * Signed on paper: the block prints empty lines for a handwritten signature and date, or, for
 * the filed copy of a printout already signed by hand, the day it was signed.
 *
 * @param signedOn null on a printout still to be signed; the day it was signed on a filed copy
 */
public record HandSignature(LocalDate signedOn) implements SignatureMark {
    /** Lines to sign on. */
    public HandSignature() {
        this(null);
    }
}
