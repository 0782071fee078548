package uk.supervisiondesk.pdf;

import java.time.Instant;
import java.util.Optional;

/**
 * What verification found for one signature.
 *
 * @param number 1 for the first signature applied, 2 for the next, and so on
 * @param fieldName the signature field it fills
 * @param signerName the name in the signer's certificate
 * @param signedAt when it claims to have been signed; null if it does not say
 * @param intact the bytes it covers are the bytes that were signed, and the signature over
 *     them is mathematically valid for the certificate it carries
 * @param coversWholeDocument nothing was added to the file after this signature
 */
public record SignatureCheck(
        int number,
        String fieldName,
        String signerName,
        Instant signedAt,
        boolean intact,
        boolean coversWholeDocument) {

    public Optional<Instant> signingTime() {
        return Optional.ofNullable(signedAt);
    }
}
