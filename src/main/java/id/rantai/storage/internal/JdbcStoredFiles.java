package id.rantai.storage.internal;

import id.rantai.shared.jdbc.SqlTime;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/** The record of each stored file, by its SHA-256: the same content stored twice is recorded once. */
@Repository
class JdbcStoredFiles {
    private final JdbcClient jdbc;
    private final boolean postgres;

    JdbcStoredFiles(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
        this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    /**
     * Records a file unless its content is recorded already — also when the same bytes come twice in
     * one transaction (one scan uploaded as two documents). H2 answered a single
     * {@code INSERT … SELECT … WHERE NOT EXISTS} of the second one with a duplicate key, so on H2 the
     * look-up is its own statement; PostgreSQL lets the database decide, safe against a concurrent
     * upload of the same bytes too.
     */
    void recordOnce(String sha256, long sizeBytes, String contentType, Instant at) {
        if (postgres) {
            jdbc.sql("""
                            INSERT INTO stored_file (sha256, size_bytes, content_type, created_at)
                            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""").params(sha256, sizeBytes, contentType, SqlTime.of(at)).update();
            return;
        }
        boolean known = jdbc.sql("SELECT COUNT(*) FROM stored_file WHERE sha256 = ?")
                        .param(sha256)
                        .query(Long.class)
                        .single()
                > 0;
        if (!known) {
            jdbc.sql("INSERT INTO stored_file (sha256, size_bytes, content_type, created_at) VALUES (?, ?, ?, ?)")
                    .params(sha256, sizeBytes, contentType, SqlTime.of(at))
                    .update();
        }
    }
}
