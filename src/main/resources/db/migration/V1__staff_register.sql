-- The staff register: one row per supervisee with the whole front sheet (Sefton App. 4),
-- and the roles they have held, with dates.
CREATE TABLE supervisee (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    employee_number       VARCHAR(20)   NOT NULL,
    -- Employee numbers are unique regardless of case: "ab12" and "AB12" are the same person.
    employee_number_key   VARCHAR(20)   GENERATED ALWAYS AS (UPPER(employee_number)),
    title                 VARCHAR(20)   NOT NULL DEFAULT '',
    forenames             VARCHAR(100)  NOT NULL,
    surname               VARCHAR(100)  NOT NULL,
    previous_names        VARCHAR(200)  NOT NULL DEFAULT '',
    date_of_birth         DATE,
    home_address          VARCHAR(500)  NOT NULL DEFAULT '',
    home_phone            VARCHAR(40)   NOT NULL DEFAULT '',
    mobile_phone          VARCHAR(40)   NOT NULL DEFAULT '',
    job_title             VARCHAR(120)  NOT NULL DEFAULT '',
    team                  VARCHAR(120)  NOT NULL,
    workplace_address     VARCHAR(500)  NOT NULL DEFAULT '',
    work_mobile           VARCHAR(40)   NOT NULL DEFAULT '',
    hours_per_week        DECIMAL(4, 1),
    employment_start      DATE          NOT NULL,
    current_post_start    DATE,
    supervisor_name       VARCHAR(120)  NOT NULL DEFAULT '',
    asye_start            DATE,
    leaving_date          DATE,
    emergency_name        VARCHAR(120)  NOT NULL DEFAULT '',
    emergency_relationship VARCHAR(60)  NOT NULL DEFAULT '',
    emergency_daytime_phone VARCHAR(40) NOT NULL DEFAULT '',
    emergency_evening_phone VARCHAR(40) NOT NULL DEFAULT '',
    emergency_mobile_phone VARCHAR(40)  NOT NULL DEFAULT '',
    emergency_address     VARCHAR(500)  NOT NULL DEFAULT '',
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE UNIQUE INDEX supervisee_employee_number ON supervisee (employee_number_key);
CREATE INDEX supervisee_name ON supervisee (surname, forenames);

CREATE TABLE role_assignment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    supervisee_id BIGINT      NOT NULL REFERENCES supervisee (id) ON DELETE CASCADE,
    role          VARCHAR(40) NOT NULL,
    from_date     DATE        NOT NULL,
    to_date       DATE
);

CREATE INDEX role_assignment_supervisee ON role_assignment (supervisee_id, from_date);
