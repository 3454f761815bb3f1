-- Crisis-management and contingency plans (AEO 6.g); their drills are review records of kind CRISIS_DRILL.
CREATE TABLE aeo_crisis_plan (
    id              UUID          NOT NULL PRIMARY KEY,
    organisation_id UUID          NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    scenarios       VARCHAR(8000) NOT NULL,
    authorities     VARCHAR(2000),
    approved_on     DATE          NOT NULL,
    review_due_on   DATE          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      UUID          NOT NULL
);
CREATE INDEX aeo_crisis_plan_org_idx ON aeo_crisis_plan (organisation_id);
