-- The rule stage runs after the commit that stores readings. Each group commit is numbered (rising,
-- never below the mark); the readings carry the number, and the EVALUATED mark says how far the
-- rules have got. At start, readings of active trips above the mark are evaluated, so a crash
-- between storing and evaluating skips no reading.
ALTER TABLE telemetry_reading ADD COLUMN commit_no BIGINT;
CREATE TABLE journal_mark (
    name      VARCHAR(16) NOT NULL PRIMARY KEY,
    commit_no BIGINT      NOT NULL
);
INSERT INTO journal_mark (name, commit_no) VALUES ('EVALUATED', 0);

-- A device clock that was unusable (no fix yet, reset after a battery change): the reading is kept
-- with its receive time as the effective time, and the time the device gave is kept beside it.
ALTER TABLE telemetry_reading ADD COLUMN reported_time TIMESTAMP WITH TIME ZONE;

-- The device time of the last occurrence counted on an alert, so that readings evaluated again
-- after a crash do not count an occurrence twice.
ALTER TABLE alert ADD COLUMN last_device_time TIMESTAMP WITH TIME ZONE;

-- Readings a channel refused, per seal and reason, for the provider's device health.
CREATE TABLE seal_refusal (
    seal_id         UUID         NOT NULL,
    reason          VARCHAR(80)  NOT NULL,
    refused         BIGINT       NOT NULL,
    last_refused_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_detail     VARCHAR(200),
    PRIMARY KEY (seal_id, reason)
);
