-- Spring Modulith's event publication registry (schema v2): events handed to listeners in other
-- modules are recorded here in the publishing transaction, so none is lost if a listener fails
-- or the process dies before it ran.
CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(8000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_listener_idx ON event_publication (listener_id);
CREATE INDEX event_publication_completion_idx ON event_publication (completion_date);
