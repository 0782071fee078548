package uk.supervisiondesk.pdf;

import java.util.Objects;

/** A party's signature block: their part, name and role, and how they sign. */
public record SignatureBlock(Party party, SignatureMark mark) {
    public SignatureBlock {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(mark, "mark");
    }
}
