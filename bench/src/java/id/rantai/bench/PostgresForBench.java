package id.rantai.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts a real PostgreSQL server (zonky's binaries) for a benchmark run and writes its JDBC URL to a file. */
public final class PostgresForBench {
    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_connections", "200")
                .start()) {
            Files.writeString(Path.of(args[0]), pg.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
