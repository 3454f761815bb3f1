-- Who signs a printed document: a civil servant's NIP (Nomor Induk Pegawai, 18 digits) and
-- position, printed in the signer block; and the language a user reads Rantai in (id or en).
ALTER TABLE app_user ADD COLUMN nip VARCHAR(18);
ALTER TABLE app_user ADD COLUMN official_position VARCHAR(160);
ALTER TABLE app_user ADD COLUMN preferred_language VARCHAR(2);

