-- Background imports survive a crash or restart: the accepted file is kept with its job until the
-- job ends, and a job whose instance stopped renewing its lease is taken over and finished.
ALTER TABLE training_import ADD COLUMN source_text TEXT;
ALTER TABLE training_import ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE training_import ADD COLUMN started_by_name VARCHAR(100);

ALTER TABLE cert_import ADD COLUMN source_text TEXT;
ALTER TABLE cert_import ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE cert_import ADD COLUMN started_by_name VARCHAR(100);
ALTER TABLE cert_import ADD COLUMN started_by_org UUID;

-- A certificate import's refused rows, each written with the row's own transaction, so that a
-- resumed import neither repeats nor forgets one.
CREATE TABLE cert_import_error (
    import_id   UUID          NOT NULL,
    line_number INT           NOT NULL,
    field_name  VARCHAR(40)   NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (import_id, line_number, field_name)
);

-- Jobs left running by an older version have no stored file to resume from.
UPDATE training_import SET state = 'FAILED', finished_at = started_at WHERE state = 'RUNNING';
UPDATE cert_import SET state = 'FAILED', finished_at = started_at WHERE state = 'RUNNING';
