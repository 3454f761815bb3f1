-- The documents an after-service request carries: the applicant's identity (seed 002: "pengajuan
-- dilengkapi identitas") and, for a database input, the certificate to enter.
CREATE TABLE cert_request_document (
    request_id   UUID         NOT NULL REFERENCES cert_request (id),
    kind         VARCHAR(32)  NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    PRIMARY KEY (request_id, kind)
);
