-- The audit trail: who did what to which record, when. Append-only: a trigger refuses
-- changes and deletions, and each entry carries the hash of the one before it, so a removed
-- or altered entry shows up as a broken link when the trail is checked.
CREATE TABLE audit_entry (
    seq            BIGINT        PRIMARY KEY,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    action         VARCHAR(20)   NOT NULL,
    record_type    VARCHAR(40)   NOT NULL,
    record_id      BIGINT,
    supervisee_id  BIGINT,
    detail         VARCHAR(2000) NOT NULL DEFAULT '',
    previous_hash  CHAR(64)      NOT NULL,
    entry_hash     CHAR(64)      NOT NULL
);

CREATE INDEX audit_entry_supervisee ON audit_entry (supervisee_id, seq);

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL 'uk.supervisiondesk.store.AuditAppendOnlyTrigger';
