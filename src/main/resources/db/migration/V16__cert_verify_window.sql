-- Public certificate verifications per client address and minute, counted in the database so that
-- the limit holds across all Rantai instances behind a load balancer. Old minutes are deleted.
CREATE TABLE cert_verify_window (
    client        VARCHAR(64) NOT NULL,
    window_minute BIGINT      NOT NULL,
    hits          INT         NOT NULL,
    PRIMARY KEY (client, window_minute)
);
