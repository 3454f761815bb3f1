-- Content-addressed files: the SHA-256 of the bytes is the key, so the same photo is stored once.
CREATE TABLE stored_file (
    sha256       CHAR(64)     NOT NULL PRIMARY KEY,
    size_bytes   BIGINT       NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
