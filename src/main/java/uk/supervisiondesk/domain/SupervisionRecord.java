package uk.supervisiondesk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A filled-in form: an agreement, a session record, an observation. What it holds is described
 * by its template; {@code values} maps each field's key to plain values (text, yes/no, numbers,
 * ISO dates, lists and maps of those), so a new form needs no new table.
 *
 * @param sessionId the monitoring-sheet row it records, for session records; null otherwise
 * @param updatedAt when it was last saved, to tell a recovered draft from an old one
 */
public record SupervisionRecord(Long id, long superviseeId, String templateKey, String recordType,
                                LocalDate recordDate, Long sessionId, RecordStatus status, int version,
                                Map<String, Object> values, Instant updatedAt) {

    public SupervisionRecord {
        Objects.requireNonNull(templateKey, "templateKey");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordDate, "recordDate");
        Objects.requireNonNull(status, "status");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public SupervisionRecord withId(long newId) {
        return new SupervisionRecord(newId, superviseeId, templateKey, recordType, recordDate, sessionId, status,
                version, values, updatedAt);
    }

    public SupervisionRecord withValues(Map<String, Object> newValues, Instant savedAt) {
        return new SupervisionRecord(id, superviseeId, templateKey, recordType, recordDate, sessionId, status,
                version, newValues, savedAt);
    }

    public SupervisionRecord completed(Long linkedSession) {
        return new SupervisionRecord(id, superviseeId, templateKey, recordType, recordDate, linkedSession,
                RecordStatus.COMPLETE, version, values, updatedAt);
    }

    public String text(String fieldKey) {
        Object v = values.get(fieldKey);
        return v == null ? "" : v.toString();
    }
}
