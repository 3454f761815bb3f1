-- A loaded framework version decides new assessments only once an administrator publishes it; the
-- versions loaded before this change were in use already, so they count as published when loaded.
ALTER TABLE aeo_framework ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE aeo_framework ADD COLUMN published_by UUID;
UPDATE aeo_framework SET published_at = loaded_at, published_by = loaded_by;
