-- Credentials of servers that forward positions to Rantai on a provider's behalf (e.g. the
-- provider's own Traccar). The token is shown once and kept only as its SHA-256.
CREATE TABLE forwarder (
    id          UUID         NOT NULL PRIMARY KEY,
    provider_id UUID         NOT NULL,
    name        VARCHAR(100) NOT NULL,
    token_hash  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX forwarder_token_uq ON forwarder (token_hash);
