package uk.supervisiondesk.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of record_version: a version of a record as it stood when a correction replaced it. */
public record RecordVersionRow(long recordId, int version, String status, LocalDate recordDate, String fieldValues,
                               String replacedBecause, OffsetDateTime replacedAt) {
}
