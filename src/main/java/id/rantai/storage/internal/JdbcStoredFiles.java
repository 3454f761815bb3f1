package id.rantai.storage.internal;

import id.rantai.shared.jdbc.SqlTime;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of each stored file, by its SHA-256: the same content stored twice is recorded once. */
@Repository
class JdbcStoredFiles {
    private final JdbcClient jdbc;

    JdbcStoredFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordOnce(String sha256, long sizeBytes, String contentType, Instant at) {
        jdbc.sql("""
                        INSERT INTO stored_file (sha256, size_bytes, content_type, created_at)
                        SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM stored_file WHERE sha256 = ?)""")
                .params(sha256, sizeBytes, contentType, SqlTime.of(at), sha256)
                .update();
    }
}
