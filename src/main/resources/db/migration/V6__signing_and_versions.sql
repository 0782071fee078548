-- Signing identities, filed PDFs and record versions (docs/decisions/0003-signed-pdfs.md and
-- 0007-signing-identities.md).

-- The random secret that protects the signing identities' PKCS#12 files. It is kept in its own
-- table, so a row copied out of signing_identity is no use on its own; the whole database is
-- encrypted with the user's passphrase in any case. One row at most.
CREATE TABLE signing_secret (
    id          INT            PRIMARY KEY CHECK (id = 1),
    secret      VARBINARY(32)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The user's means of signing: generated on first use, or imported from the organisation's
-- PKCS#12 file. Earlier identities are kept (not in use) so the history stays readable.
CREATE TABLE signing_identity (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    source              VARCHAR(20)   NOT NULL,
    person_name         VARCHAR(300)  NOT NULL,
    certificate_sha256  CHAR(64)      NOT NULL,
    valid_until         TIMESTAMP WITH TIME ZONE NOT NULL,
    pkcs12              BLOB          NOT NULL,
    in_use              BOOLEAN       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A record's earlier versions: when a signed record is corrected, the version being replaced is
-- copied here (its values as signed) with the reason for the correction, and the record itself
-- goes on as the next version.
CREATE TABLE record_version (
    record_id       BIGINT         NOT NULL REFERENCES supervision_record (id) ON DELETE CASCADE,
    version         INT            NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    record_date     DATE           NOT NULL,
    field_values    CLOB           NOT NULL,
    replaced_because VARCHAR(2000) NOT NULL,
    replaced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (record_id, version)
);

-- Every PDF filed for a record version, and how it was signed: IN_PERSON, REMOTE_PENDING (the
-- supervisor has signed, the supervisee not yet), REMOTE_COMPLETE, PAPER (signed by hand; the
-- scan is kept beside the PDF that was printed) or UNSIGNED (a sealed copy made for export).
-- Rows are only ever added: a later row for the same version supersedes an earlier one. Sizes
-- and hashes are kept beside the bytes so listing and comparing never has to read them.
CREATE TABLE filed_document (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    record_id      BIGINT         NOT NULL REFERENCES supervision_record (id) ON DELETE CASCADE,
    version        INT            NOT NULL,
    signing        VARCHAR(20)    NOT NULL,
    pdf            BLOB,
    pdf_sha256     CHAR(64),
    pdf_size       BIGINT         NOT NULL,
    scan           BLOB,
    scan_name      VARCHAR(255),
    scan_mime      VARCHAR(100),
    scan_sha256    CHAR(64),
    scan_size      BIGINT         NOT NULL,
    signed_on      DATE,
    values_sha256  CHAR(64)       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (pdf IS NOT NULL OR scan IS NOT NULL)
);

CREATE INDEX filed_document_record ON filed_document (record_id, version, id);
