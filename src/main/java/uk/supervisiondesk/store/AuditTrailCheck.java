package uk.supervisiondesk.store;

import java.util.List;
import java.util.Optional;

/** Walks the audit trail and reports the first entry that does not follow from the one before. */
public final class AuditTrailCheck {

    /** Where the chain breaks, and how. */
    public record BrokenLink(long seq, String problem) {
    }

    private AuditTrailCheck() {
    }

    public static Optional<BrokenLink> firstBrokenLink(List<AuditEntryRow> entries) {
        String previousHash = AuditEntryRow.GENESIS;
        long expectedSeq = 1;
        for (AuditEntryRow entry : entries) {
            if (entry.seq() != expectedSeq) {
                return Optional.of(new BrokenLink(expectedSeq,
                        "entry " + expectedSeq + " is missing (the next one found is " + entry.seq() + ")"));
            }
            if (!entry.previousHash().equals(previousHash)) {
                return Optional.of(new BrokenLink(entry.seq(),
                        "entry " + entry.seq() + " does not follow from the entry before it"));
            }
            if (!entry.entryHash().equals(entry.expectedHash())) {
                return Optional.of(new BrokenLink(entry.seq(), "entry " + entry.seq() + " has been altered"));
            }
            previousHash = entry.entryHash();
            expectedSeq++;
        }
        return Optional.empty();
    }
}
