package uk.supervisiondesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of a record, with every copy filed for it.
 *
 * @param correctionReason why this version was made, for a correction; empty for the first version
 * @param replacedAt       when a correction replaced it; null for the current version
 * @param filed            the copies filed for this version, oldest first
 */
public record RecordVersion(long recordId, int version, RecordStatus status, String correctionReason,
                            Instant replacedAt, List<FiledDocument> filed) {

    public RecordVersion {
        correctionReason = Text.orEmpty(correctionReason);
        filed = List.copyOf(filed);
    }

    public boolean isCurrent() {
        return replacedAt == null;
    }

    /** The copy that stands for this version: the last one signed, else the last one made. */
    public Optional<FiledDocument> standing() {
        return FiledCopies.standing(filed);
    }
}
