-- Each training centre's own letterhead on the documents it issues (certificates, letters, copies):
-- a regional training centre is not the customs training centre in Jakarta. A centre without a row
-- prints the letterhead configured for the deployment (rantai.certification.letterhead).
CREATE TABLE cert_centre_letterhead (
    training_centre_id UUID          NOT NULL PRIMARY KEY REFERENCES organisation (id),
    -- From the ministry down to the centre, one per line (1 to 5 lines); the last is printed largest.
    lines              VARCHAR(700)  NOT NULL,
    address            VARCHAR(300),
    place              VARCHAR(60)   NOT NULL,
    head_position      VARCHAR(150)  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         UUID          NOT NULL
);
