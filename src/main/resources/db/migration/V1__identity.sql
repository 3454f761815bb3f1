-- Organisations (tenants) and their users. Written in the SQL that H2 and PostgreSQL both accept.
CREATE TABLE organisation (
    id                UUID         NOT NULL PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    code              VARCHAR(32),
    time_zone         VARCHAR(8),
    customs_office_id UUID REFERENCES organisation (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX organisation_code_uq ON organisation (code);

-- The business roles of a service-user company: one company may be several at once.
CREATE TABLE organisation_business_role (
    organisation_id UUID        NOT NULL REFERENCES organisation (id),
    business_role   VARCHAR(32) NOT NULL,
    PRIMARY KEY (organisation_id, business_role)
);

CREATE TABLE app_user (
    id              UUID         NOT NULL PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    email           VARCHAR(200),
    organisation_id UUID REFERENCES organisation (id),
    enabled         BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX app_user_username_uq ON app_user (username);
CREATE INDEX app_user_organisation_idx ON app_user (organisation_id);

CREATE TABLE app_user_role (
    user_id UUID        NOT NULL REFERENCES app_user (id),
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role)
);
