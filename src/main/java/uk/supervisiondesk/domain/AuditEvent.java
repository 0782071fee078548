package uk.supervisiondesk.domain;

import java.util.Objects;

/**
 * Something to record in the audit trail. {@code detail} says what happened in terms of ids and
 * field names, never the personal data itself (e.g. "fields: surname, team").
 *
 * @param recordType   e.g. "supervisee", "session", "database"
 * @param recordId     the record's id, or null for events about the whole database
 * @param superviseeId whose file the record belongs to, or null
 */
public record AuditEvent(AuditAction action, String recordType, Long recordId, Long superviseeId, String detail) {
    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        detail = Text.orEmpty(detail);
    }
}
