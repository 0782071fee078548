package uk.supervisiondesk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/** One stored audit entry, with the hash that chains it to the one before. */
public record AuditEntryRow(long seq, OffsetDateTime at, String action, String recordType, Long recordId,
                            Long superviseeId, String detail, String previousHash, String entryHash) {

    /** The hash before the first entry. */
    static final String GENESIS = "0".repeat(64);

    /** The hash this entry should carry, computed from its own fields and its predecessor's hash. */
    String expectedHash() {
        String content = String.join("|", Long.toString(seq),
                at.toInstant().toString(), action, recordType, String.valueOf(recordId), String.valueOf(superviseeId),
                detail, previousHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

}
