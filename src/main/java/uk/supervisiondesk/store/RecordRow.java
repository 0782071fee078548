package uk.supervisiondesk.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SupervisionRecord;

/** One row of the supervision_record table. */
public record RecordRow(Long id, long superviseeId, Long sessionId, String templateKey, String recordType,
                        LocalDate recordDate, String status, int version, String fieldValues,
                        OffsetDateTime updatedAt) {

    static RecordRow of(SupervisionRecord r) {
        return new RecordRow(r.id(), r.superviseeId(), r.sessionId(), r.templateKey(), r.recordType(),
                r.recordDate(), r.status().name(), r.version(), RecordValuesJson.write(r.values()), null);
    }

    SupervisionRecord toRecord() {
        return new SupervisionRecord(id, superviseeId, templateKey, recordType, recordDate, sessionId,
                RecordStatus.valueOf(status), version, RecordValuesJson.read(fieldValues),
                updatedAt == null ? null : updatedAt.toInstant());
    }
}
