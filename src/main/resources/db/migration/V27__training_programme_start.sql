-- When a company's training programme starts: staff hired before it (an import of existing employees)
-- are due within a grace period from that day rather than years overdue from their hiring.
ALTER TABLE training_settings ADD COLUMN programme_start DATE;
ALTER TABLE training_settings ADD COLUMN baseline_grace_days INT;
