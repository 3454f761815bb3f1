-- The seven/eight-point inspection of a container or conveyance (AEO 6.b.4), recorded before a seal goes on.
CREATE TABLE conveyance_inspection (
    id               UUID          NOT NULL PRIMARY KEY,
    organisation_id  UUID          NOT NULL,
    trip_id          UUID,
    container_number VARCHAR(16)   NOT NULL,
    reefer           BOOLEAN       NOT NULL,
    front_wall       BOOLEAN       NOT NULL,
    left_side        BOOLEAN       NOT NULL,
    right_side       BOOLEAN       NOT NULL,
    floor_ok         BOOLEAN       NOT NULL,
    ceiling_roof     BOOLEAN       NOT NULL,
    doors            BOOLEAN       NOT NULL,
    undercarriage    BOOLEAN       NOT NULL,
    fan_housing      BOOLEAN,
    passed           BOOLEAN       NOT NULL,
    inspector        VARCHAR(200)  NOT NULL,
    remarks          VARCHAR(4000),
    inspected_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by      UUID          NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX conveyance_inspection_org_idx ON conveyance_inspection (organisation_id, inspected_at);
CREATE INDEX conveyance_inspection_trip_idx ON conveyance_inspection (trip_id);
