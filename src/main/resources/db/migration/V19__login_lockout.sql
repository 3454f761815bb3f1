-- Repeated failed logins lock an account for a while (counted in the database, so across instances).
ALTER TABLE app_user ADD COLUMN failed_logins INT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
