-- Each training centre keeps its own certification records: a session, a certificate, an
-- after-service request, a complaint and a service case belong to one centre (a candidate through
-- its session, an import through the organisation of whoever started it).
ALTER TABLE cert_exam_session ADD COLUMN training_centre_id UUID REFERENCES organisation (id);
ALTER TABLE cert_certificate ADD COLUMN training_centre_id UUID REFERENCES organisation (id);
ALTER TABLE cert_request ADD COLUMN training_centre_id UUID REFERENCES organisation (id);
ALTER TABLE cert_complaint ADD COLUMN training_centre_id UUID REFERENCES organisation (id);
ALTER TABLE cert_service_case ADD COLUMN training_centre_id UUID REFERENCES organisation (id);

-- Records from before: a session belongs to the centre of whoever scheduled it, a certificate to
-- its session's centre or its signer's, a request to its certificate's; what has no such trace
-- (and before this every record was shared) goes to the first training centre registered.
UPDATE cert_exam_session s SET training_centre_id = (
    SELECT u.organisation_id FROM app_user u JOIN organisation o ON o.id = u.organisation_id
    WHERE u.id = s.created_by AND o.kind = 'TRAINING_CENTRE');
UPDATE cert_certificate c SET training_centre_id = COALESCE(
    (SELECT s.training_centre_id FROM cert_candidate k JOIN cert_exam_session s ON s.id = k.session_id
     WHERE k.id = c.candidate_id),
    (SELECT u.organisation_id FROM app_user u JOIN organisation o ON o.id = u.organisation_id
     WHERE u.id = c.signed_by AND o.kind = 'TRAINING_CENTRE'));
UPDATE cert_exam_session SET training_centre_id =
    (SELECT id FROM organisation WHERE kind = 'TRAINING_CENTRE' ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY)
    WHERE training_centre_id IS NULL;
UPDATE cert_certificate SET training_centre_id =
    (SELECT id FROM organisation WHERE kind = 'TRAINING_CENTRE' ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY)
    WHERE training_centre_id IS NULL;
UPDATE cert_request r SET training_centre_id = COALESCE(
    (SELECT c.training_centre_id FROM cert_certificate c WHERE c.id = r.certificate_id),
    (SELECT id FROM organisation WHERE kind = 'TRAINING_CENTRE' ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY));
UPDATE cert_complaint SET training_centre_id =
    (SELECT id FROM organisation WHERE kind = 'TRAINING_CENTRE' ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY);
UPDATE cert_service_case c SET training_centre_id = COALESCE(
    (SELECT s.training_centre_id FROM cert_exam_session s WHERE s.id = c.subject_id),
    (SELECT s.training_centre_id FROM cert_candidate k JOIN cert_exam_session s ON s.id = k.session_id
     WHERE k.id = c.subject_id),
    (SELECT x.training_centre_id FROM cert_certificate x WHERE x.id = c.subject_id),
    (SELECT r.training_centre_id FROM cert_request r WHERE r.id = c.subject_id),
    (SELECT p.training_centre_id FROM cert_complaint p WHERE p.id = c.subject_id));

-- A session code is the centre's own: two centres may both hold an "SAK-2026-II".
DROP INDEX cert_exam_session_code_uq;
CREATE UNIQUE INDEX cert_exam_session_code_uq ON cert_exam_session (training_centre_id, code);
CREATE INDEX cert_certificate_centre_idx ON cert_certificate (training_centre_id);
CREATE INDEX cert_request_centre_idx ON cert_request (training_centre_id, state);
CREATE INDEX cert_complaint_centre_idx ON cert_complaint (training_centre_id, state);
CREATE INDEX cert_service_case_centre_idx ON cert_service_case (training_centre_id, started_on);
