-- Security training (CTPAT/AEO group 5). Each organisation owns its catalogue, copied from the
-- bundled one on first use and edited from there.
CREATE TABLE training_catalogue (
    organisation_id UUID NOT NULL PRIMARY KEY,
    seeded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE training_settings (
    organisation_id        UUID NOT NULL PRIMARY KEY,
    hire_due_days          INT  NOT NULL,
    refresher_months       INT  NOT NULL,
    refresher_window_days  INT  NOT NULL,
    new_version_due_days   INT  NOT NULL,
    job_function_due_days  INT  NOT NULL,
    reminder_days          VARCHAR(100) NOT NULL,
    compliance_email       VARCHAR(254)
);

CREATE TABLE training_topic (
    id              UUID          NOT NULL PRIMARY KEY,
    organisation_id UUID          NOT NULL,
    code            VARCHAR(64)   NOT NULL,
    title_id        VARCHAR(500)  NOT NULL,
    title_en        VARCHAR(500)  NOT NULL,
    audience        VARCHAR(16)   NOT NULL,
    current_version INT           NOT NULL,
    active          BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX training_topic_uq ON training_topic (organisation_id, code);

CREATE TABLE training_topic_version (
    topic_id     UUID          NOT NULL REFERENCES training_topic (id),
    version      INT           NOT NULL,
    published_on DATE          NOT NULL,
    due_days     INT           NOT NULL,
    change_note  VARCHAR(2000),
    published_by UUID,
    PRIMARY KEY (topic_id, version)
);

CREATE TABLE job_function (
    id              UUID         NOT NULL PRIMARY KEY,
    organisation_id UUID         NOT NULL,
    code            VARCHAR(64)  NOT NULL,
    name            VARCHAR(200) NOT NULL
);
CREATE UNIQUE INDEX job_function_uq ON job_function (organisation_id, code);

CREATE TABLE job_function_topic (
    job_function_id UUID NOT NULL REFERENCES job_function (id),
    topic_id        UUID NOT NULL REFERENCES training_topic (id),
    PRIMARY KEY (job_function_id, topic_id)
);

CREATE TABLE employee (
    id              UUID          NOT NULL PRIMARY KEY,
    organisation_id UUID          NOT NULL,
    employee_number VARCHAR(64)   NOT NULL,
    full_name       VARCHAR(200)  NOT NULL,
    email           VARCHAR(254),
    department      VARCHAR(200)  NOT NULL,
    manager_email   VARCHAR(254),
    hire_date       DATE          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    terminated_on   DATE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX employee_number_uq ON employee (organisation_id, employee_number);
CREATE INDEX employee_email_idx ON employee (organisation_id, email);

-- Assignments are kept with their dates; an ended one stays as history.
CREATE TABLE employee_job_function (
    employee_id     UUID NOT NULL REFERENCES employee (id),
    job_function_id UUID NOT NULL REFERENCES job_function (id),
    assigned_on     DATE NOT NULL,
    ended_on        DATE,
    PRIMARY KEY (employee_id, job_function_id, assigned_on)
);

CREATE TABLE training_session (
    id               UUID          NOT NULL PRIMARY KEY,
    organisation_id  UUID          NOT NULL,
    topic_id         UUID          NOT NULL REFERENCES training_topic (id),
    topic_version    INT           NOT NULL,
    method           VARCHAR(16)   NOT NULL,
    trainer          VARCHAR(200)  NOT NULL,
    held_on          DATE          NOT NULL,
    duration_minutes INT           NOT NULL,
    materials        VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       UUID          NOT NULL
);
CREATE INDEX training_session_org_idx ON training_session (organisation_id, held_on);

CREATE TABLE training_completion (
    id              UUID          NOT NULL PRIMARY KEY,
    organisation_id UUID          NOT NULL,
    employee_id     UUID          NOT NULL REFERENCES employee (id),
    topic_id        UUID          NOT NULL REFERENCES training_topic (id),
    topic_version   INT           NOT NULL,
    completed_on    DATE          NOT NULL,
    method          VARCHAR(16)   NOT NULL,
    score           DOUBLE PRECISION,
    passed          BOOLEAN       NOT NULL,
    session_id      UUID,
    evidence_sha256 CHAR(64),
    source          VARCHAR(16)   NOT NULL,
    external_id     VARCHAR(200),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     UUID
);
CREATE INDEX training_completion_emp_idx ON training_completion (employee_id, topic_id, completed_on);
CREATE UNIQUE INDEX training_completion_ext_uq ON training_completion (organisation_id, external_id);

-- The requirement periods the rules derive per employee and topic: when each window opened, when
-- it was due, when (and by which completion) it was met, and until when that covers.
CREATE TABLE training_period (
    employee_id   UUID        NOT NULL REFERENCES employee (id),
    topic_id      UUID        NOT NULL REFERENCES training_topic (id),
    seq           INT         NOT NULL,
    reason        VARCHAR(24) NOT NULL,
    opens_on      DATE        NOT NULL,
    due_on        DATE        NOT NULL,
    met_on        DATE,
    completion_id UUID,
    covered_until DATE,
    PRIMARY KEY (employee_id, topic_id, seq)
);

-- Reminders sent, so none is ever sent twice.
CREATE TABLE training_reminder (
    organisation_id UUID         NOT NULL,
    reminder_key    VARCHAR(300) NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    PRIMARY KEY (organisation_id, reminder_key)
);

CREATE TABLE training_import (
    id              UUID          NOT NULL PRIMARY KEY,
    organisation_id UUID          NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    total_rows      INT           NOT NULL,
    processed_rows  INT           NOT NULL,
    created_rows    INT           NOT NULL,
    updated_rows    INT           NOT NULL,
    unchanged_rows  INT           NOT NULL,
    error_rows      INT           NOT NULL,
    errors          VARCHAR(1000000),
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    started_by      UUID          NOT NULL
);
