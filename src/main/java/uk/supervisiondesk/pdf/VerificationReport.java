package uk.supervisiondesk.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdict on a PDF's signatures: valid only when there is at least one signature, every
 * signature is intact, nothing but signing happened between signatures, and nothing was changed
 * after the last one. Empty signature fields still waiting for a signer do not make it invalid.
 *
 * @param signatures in the order they were applied
 * @param emptySignatureFields fields still waiting to be signed
 * @param changesBetweenSignatures what changed between signatures beyond signing, in iText's words
 * @param structureDamaged the file had to be repaired to be read
 */
public record VerificationReport(
        List<SignatureCheck> signatures,
        List<String> emptySignatureFields,
        List<String> changesBetweenSignatures,
        boolean structureDamaged) {

    public VerificationReport {
        signatures = List.copyOf(signatures);
        emptySignatureFields = List.copyOf(emptySignatureFields);
        changesBetweenSignatures = List.copyOf(changesBetweenSignatures);
    }

    /** The signature in a field, e.g. to confirm a returned record carries the supervisee's. */
    public Optional<SignatureCheck> signatureIn(String fieldName) {
        return signatures.stream().filter(s -> s.fieldName().equals(fieldName)).findFirst();
    }

    public boolean valid() {
        return whyNotValid().isEmpty();
    }

    /** Why the PDF cannot be trusted, in words for the person checking it; empty when valid. */
    public Optional<String> whyNotValid() {
        if (signatures.isEmpty()) {
            return Optional.of("the document has no signatures");
        }
        List<String> reasons = new ArrayList<>();
        for (SignatureCheck signature : signatures) {
            if (!signature.intact()) {
                reasons.add("signature " + signature.number() + " (" + signature.signerName()
                        + ") does not match the document: what it signed was changed, or the signature is damaged");
            }
        }
        for (String change : changesBetweenSignatures) {
            reasons.add("the document was changed between signatures in a way signing does not allow ("
                    + sentenceFragment(change) + ")");
        }
        if (!signatures.get(signatures.size() - 1).coversWholeDocument()) {
            reasons.add("the document was changed after the last signature");
        }
        if (structureDamaged) {
            reasons.add("the file's structure is damaged");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    private static String sentenceFragment(String message) {
        String trimmed = message.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? trimmed : trimmed.substring(0, 1).toLowerCase(Locale.ROOT) + trimmed.substring(1);
    }
}
