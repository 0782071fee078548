-- What was exported where (issue 7): each file placed in an export folder (a SharePoint library,
-- a shared drive), with its hash, so the dashboard can show records not yet filed and a second
-- export knows what changed. Paths are relative to the export root, which is kept too: the same
-- record filed into two libraries is two rows. Rows go with their record or supervisee.
CREATE TABLE exported_file (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    export_root     VARCHAR(1000)  NOT NULL,
    supervisee_id   BIGINT         NOT NULL REFERENCES supervisee (id) ON DELETE CASCADE,
    record_id       BIGINT         REFERENCES supervision_record (id) ON DELETE CASCADE,
    record_version  INT,
    kind            VARCHAR(20)    NOT NULL,
    relative_path   VARCHAR(1000)  NOT NULL,
    sha256          CHAR(64)       NOT NULL,
    size_bytes      BIGINT         NOT NULL,
    exported_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX exported_file_record ON exported_file (record_id, record_version);
CREATE INDEX exported_file_supervisee ON exported_file (supervisee_id);
