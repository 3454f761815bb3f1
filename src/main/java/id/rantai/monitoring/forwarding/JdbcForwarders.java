package id.rantai.monitoring.forwarding;

import id.rantai.monitoring.forwarding.Forwarders.Forwarder;
import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The forwarder table: a forwarder's token is kept only as its hash. */
@Repository
class JdbcForwarders {
    private final JdbcClient jdbc;

    JdbcForwarders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Forwarder f, String tokenHash) {
        jdbc.sql("INSERT INTO forwarder (id, provider_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(f.id(), f.providerId(), f.name(), tokenHash, SqlTime.of(f.createdAt()))
                .update();
    }

    void revoke(UUID id, Instant at) {
        jdbc.sql("UPDATE forwarder SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(SqlTime.of(at), id)
                .update();
    }

    /** Every provider's forwarders (providerId null) or one provider's, oldest first. */
    List<Forwarder> list(@Nullable UUID providerId) {
        return providerId == null
                ? jdbc.sql("SELECT * FROM forwarder ORDER BY created_at")
                        .query(JdbcForwarders::row)
                        .list()
                : jdbc.sql("SELECT * FROM forwarder WHERE provider_id = ? ORDER BY created_at")
                        .param(providerId)
                        .query(JdbcForwarders::row)
                        .list();
    }

    Optional<UUID> providerOfLiveToken(String tokenHash) {
        return jdbc.sql("SELECT provider_id FROM forwarder WHERE token_hash = ? AND revoked_at IS NULL")
                .param(tokenHash)
                .query(UUID.class)
                .optional();
    }

    Optional<Forwarder> find(UUID id) {
        return jdbc.sql("SELECT * FROM forwarder WHERE id = ?")
                .param(id)
                .query(JdbcForwarders::row)
                .optional();
    }

    private static Forwarder row(ResultSet rs, int n) throws SQLException {
        return new Forwarder(
                rs.getObject("id", UUID.class),
                rs.getObject("provider_id", UUID.class),
                rs.getString("name"),
                SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "revoked_at"));
    }
}
