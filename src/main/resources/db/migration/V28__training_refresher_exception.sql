-- Refreshers are at least yearly (seed 000); a longer interval is an exception whose reason is kept.
ALTER TABLE training_settings ADD COLUMN refresher_exception VARCHAR(1000);
