package id.rantai.eseal.seal;

import id.rantai.eseal.SealCredential;
import id.rantai.eseal.SealDirectory;
import id.rantai.shared.jdbc.SqlTime;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcSealDirectory implements SealDirectory {
    private final JdbcClient jdbc;

    JdbcSealDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SealCredential> bySerial(String serialNumber) {
        return jdbc.sql(
                        "SELECT id, serial_number, provider_id, secret_hash, created_at FROM seal WHERE serial_number = ? AND status <> 'RETIRED'")
                .param(serialNumber)
                .query((rs, n) -> new SealCredential(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        SqlTime.instant(rs, "created_at")))
                .optional();
    }

    @Override
    public void contact(UUID sealId, Instant at, @Nullable Integer batteryPercent) {
        jdbc.sql("""
                UPDATE seal SET last_contact_at = ?, battery_percent = COALESCE(?, battery_percent)
                WHERE id = ? AND (last_contact_at IS NULL OR last_contact_at < ?)""")
                .params(SqlTime.of(at), batteryPercent, sealId, SqlTime.of(at))
                .update();
    }
}
