-- A new assessment starts from the company's last accepted one: which one it carried over from.
ALTER TABLE aeo_assessment ADD COLUMN carried_from UUID;
