-- Filled-in forms (agreements, session records, observations...). What a form holds is described
-- by its template, so the values are kept together as JSON rather than a table per form.
CREATE TABLE supervision_record (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    supervisee_id  BIGINT       NOT NULL REFERENCES supervisee (id) ON DELETE CASCADE,
    session_id     BIGINT       REFERENCES supervision_session (id) ON DELETE SET NULL,
    template_key   VARCHAR(60)  NOT NULL,
    record_type    VARCHAR(30)  NOT NULL,
    record_date    DATE         NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    version        INT          NOT NULL DEFAULT 1,
    field_values   CLOB         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX supervision_record_supervisee ON supervision_record (supervisee_id, record_date);

-- SMART actions agreed in records, carried from session to session until done or dropped.
CREATE TABLE action_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    supervisee_id       BIGINT        NOT NULL REFERENCES supervisee (id) ON DELETE CASCADE,
    record_id           BIGINT        REFERENCES supervision_record (id) ON DELETE CASCADE,
    position            INT           NOT NULL DEFAULT 0,
    what                VARCHAR(2000) NOT NULL,
    who                 VARCHAR(200)  NOT NULL DEFAULT '',
    due_by              DATE,
    status              VARCHAR(20)   NOT NULL,
    note                VARCHAR(2000) NOT NULL DEFAULT '',
    closed_on           DATE,
    closed_in_record_id BIGINT
);

CREATE INDEX action_item_open ON action_item (status, due_by);
CREATE INDEX action_item_supervisee ON action_item (supervisee_id, status);

-- The higher-confidentiality personal note a supervisor may keep beside a record (Blackpool 3):
-- kept apart so exports leave it out unless chosen.
CREATE TABLE personal_note (
    record_id   BIGINT PRIMARY KEY REFERENCES supervision_record (id) ON DELETE CASCADE,
    note        CLOB   NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Either party may record that they disagree with a record, and why; it stays attached to it.
CREATE TABLE record_disagreement (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    record_id    BIGINT       NOT NULL REFERENCES supervision_record (id) ON DELETE CASCADE,
    party        VARCHAR(20)  NOT NULL,
    note         CLOB         NOT NULL,
    recorded_on  DATE         NOT NULL
);

-- When the supervisor on a front sheet last changed: a new supervision agreement is then due.
ALTER TABLE supervisee ADD COLUMN supervisor_changed_on DATE;
