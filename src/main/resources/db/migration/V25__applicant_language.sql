-- The language an applicant chose when they registered, asked for an after-service or filed a
-- complaint (they have no account to keep it in): their e-mails put it first.
CREATE TABLE cert_applicant_language (
    subject_id UUID       NOT NULL PRIMARY KEY,
    language   VARCHAR(2) NOT NULL
);
