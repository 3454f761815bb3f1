package id.rantai.certification.credential;

import id.rantai.shared.jdbc.SqlTime;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issuer key kept in the database when no key store is configured, Base64 of its encoded form. */
@Repository
class JdbcIssuerKeys {
    record StoredKey(String privateKey, String publicKey) {}

    private final JdbcClient jdbc;

    JdbcIssuerKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredKey> find(String id) {
        return jdbc.sql("SELECT private_key, public_key FROM cert_issuer_key WHERE id = ?")
                .param(id)
                .query((rs, n) -> new StoredKey(rs.getString("private_key"), rs.getString("public_key")))
                .optional();
    }

    /** False when another instance stored a key under this id first. */
    boolean insert(String id, String algorithm, StoredKey key, Instant at) {
        try {
            jdbc.sql(
                            "INSERT INTO cert_issuer_key (id, algorithm, private_key, public_key, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(id, algorithm, key.privateKey(), key.publicKey(), SqlTime.of(at))
                    .update();
            return true;
        } catch (DuplicateKeyException anotherInstanceWon) {
            return false;
        }
    }
}
