-- Complaints (pengaduan) about a certification service, answered within their own time standard.
CREATE TABLE cert_complaint (
    id                UUID          NOT NULL PRIMARY KEY,
    access_token_hash CHAR(64)      NOT NULL,
    service           VARCHAR(32)   NOT NULL,
    applicant_name    VARCHAR(200)  NOT NULL,
    applicant_email   VARCHAR(254)  NOT NULL,
    reference         VARCHAR(100),
    description       VARCHAR(4000) NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    due_on            DATE          NOT NULL,
    answered_by       UUID,
    answered_at       TIMESTAMP WITH TIME ZONE,
    answer            VARCHAR(4000)
);
CREATE UNIQUE INDEX cert_complaint_token_uq ON cert_complaint (access_token_hash);
CREATE INDEX cert_complaint_state_idx ON cert_complaint (state, submitted_at);
