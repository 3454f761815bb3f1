-- Live figures frozen at submission, kept in both languages a reviewer may read them in (figures holds
-- the English, as before; rounds submitted before this change have no Indonesian and show the English).
ALTER TABLE aeo_round_live ADD COLUMN figures_id VARCHAR(20000);
