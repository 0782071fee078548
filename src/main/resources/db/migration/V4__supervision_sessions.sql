-- The monitoring sheet (Sandwell App. 3): every booked supervision session and what became of
-- it, with the dates its record was shared and signed. Session records themselves hang off
-- these rows later.
CREATE TABLE supervision_session (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    supervisee_id   BIGINT        NOT NULL REFERENCES supervisee (id) ON DELETE CASCADE,
    session_date    DATE          NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    rescheduled_to  DATE,
    reason          VARCHAR(1000) NOT NULL DEFAULT '',
    gap_reason      VARCHAR(1000) NOT NULL DEFAULT '',
    shared_on       DATE,
    signed_on       DATE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- One session of a kind per person per day: this also makes re-importing a tracker harmless.
CREATE UNIQUE INDEX supervision_session_day ON supervision_session (supervisee_id, session_date, kind);
