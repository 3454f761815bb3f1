-- Seal readings. The key is the de-duplication rule: the same seal, device time and device
-- sequence number is the same reading (sequence -1 when a device has none). Device time comes first
-- in it because live readings arrive in roughly that order, so new rows land at the end of the key's
-- B-tree instead of all over it: far fewer pages written per commit.
CREATE TABLE telemetry_reading (
    seal_id         UUID        NOT NULL,
    device_time     TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence        BIGINT      NOT NULL,
    trip_id         UUID,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    altitude        DOUBLE PRECISION,
    accuracy        DOUBLE PRECISION,
    fix_valid       BOOLEAN     NOT NULL,
    speed_kmh       DOUBLE PRECISION,
    heading         DOUBLE PRECISION,
    battery_percent INT,
    lock_state      VARCHAR(12) NOT NULL,
    events          INT         NOT NULL,
    unlock_method   VARCHAR(16),
    rfid_card       VARCHAR(64),
    PRIMARY KEY (device_time, seal_id, sequence)
);
CREATE INDEX telemetry_reading_trip_idx ON telemetry_reading (trip_id, device_time);

CREATE TABLE alert (
    id               UUID         NOT NULL PRIMARY KEY,
    trip_id          UUID         NOT NULL,
    seal_id          UUID         NOT NULL,
    type             VARCHAR(32)  NOT NULL,
    severity         VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    customs_office_id UUID        NOT NULL,
    provider_id      UUID         NOT NULL,
    requester_id     UUID         NOT NULL,
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    device_time      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    occurrences      INT          NOT NULL,
    latitude         DOUBLE PRECISION,
    longitude        DOUBLE PRECISION,
    details          VARCHAR(1000),
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    acknowledged_by  VARCHAR(100),
    acknowledge_note VARCHAR(1000),
    resolved_at      TIMESTAMP WITH TIME ZONE,
    resolved_by      VARCHAR(100),
    resolve_note     VARCHAR(1000),
    version          INT          NOT NULL
);
CREATE INDEX alert_trip_idx ON alert (trip_id, type, status);
CREATE INDEX alert_office_idx ON alert (customs_office_id, opened_at);
CREATE INDEX alert_provider_idx ON alert (provider_id, opened_at);
CREATE INDEX alert_requester_idx ON alert (requester_id, opened_at);

-- Which unlock methods and RFID cards a trip accepts at its destination.
CREATE TABLE unlock_authorisation (
    trip_id   UUID        NOT NULL,
    method    VARCHAR(16) NOT NULL,
    rfid_card VARCHAR(64) NOT NULL,
    PRIMARY KEY (trip_id, method, rfid_card)
);

-- Rule thresholds an office has changed from the defaults, as JSON.
CREATE TABLE monitoring_settings (
    office_id  UUID          NOT NULL PRIMARY KEY,
    settings   VARCHAR(4000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
