-- Remote lock and unlock commands sent to seals, with who asked, on what grounds, and what came of it.
CREATE TABLE seal_command (
    id              UUID          NOT NULL PRIMARY KEY,
    seal_id         UUID          NOT NULL,
    trip_id         UUID          NOT NULL,
    kind            VARCHAR(8)    NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    requested_by    VARCHAR(100)  NOT NULL,
    requester_org   UUID,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    override_reason VARCHAR(1000),
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    result_at       TIMESTAMP WITH TIME ZONE,
    result_detail   VARCHAR(1000)
);
CREATE INDEX seal_command_trip_idx ON seal_command (trip_id, requested_at);
CREATE INDEX seal_command_pending_idx ON seal_command (status, due_at);
