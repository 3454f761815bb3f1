package id.rantai.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreUpkeepTest {
    private static final int COMMITS = 2_000;
    private static final int ROWS_PER_COMMIT = 10;

    /** Many small durable commits, as the journal makes them under a steady trickle of readings. */
    private static long bytesPerRowAfterSmallCommits(Path dir, boolean upkeep) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;RETENTION_TIME=0");
        ds.setUser("sa");
        EmbeddedStoreUpkeep compaction = new EmbeddedStoreUpkeep(ds, Duration.ofSeconds(1), 60, 8 << 20);
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("""
                    CREATE TABLE reading (seal_id UUID, device_time BIGINT, latitude DOUBLE PRECISION,
                    longitude DOUBLE PRECISION, PRIMARY KEY (seal_id, device_time))""");
            c.createStatement().execute("CREATE INDEX reading_time ON reading (device_time)");
            c.setAutoCommit(false);
            PreparedStatement insert = c.prepareStatement("INSERT INTO reading VALUES (?, ?, ?, ?)");
            UUID[] seals = new UUID[50];
            for (int i = 0; i < seals.length; i++) {
                seals[i] = UUID.randomUUID();
            }
            for (int commit = 0; commit < COMMITS; commit++) {
                for (int i = 0; i < ROWS_PER_COMMIT; i++) {
                    insert.setObject(1, seals[(commit + i) % seals.length]);
                    insert.setLong(2, (long) commit * ROWS_PER_COMMIT + i);
                    insert.setDouble(3, -6.1);
                    insert.setDouble(4, 106.8);
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
                if (upkeep && commit % 100 == 99) {
                    assertThat(compaction.compact()).isTrue();
                }
            }
            return Files.size(dir.resolve("db.mv.db")) / ((long) COMMITS * ROWS_PER_COMMIT);
        }
    }

    @Test
    void keepsTheFileWithinASmallFactorOfItsLiveDataUnderSmallDurableCommits(@TempDir Path with, @TempDir Path without)
            throws Exception {
        long compacted = bytesPerRowAfterSmallCommits(with, true);
        long left = bytesPerRowAfterSmallCommits(without, false);

        // A row here holds about 60 bytes and its two index entries; uncompacted, the file keeps
        // kilobytes of dead chunks per row.
        assertThat(left).isGreaterThan(2_000);
        assertThat(compacted).isLessThan(left / 4).isLessThan(1_000);
    }

    @Test
    void leavesADatabaseInMemoryAlone() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:upkeep-" + UUID.randomUUID());
        assertThat(new EmbeddedStoreUpkeep(ds, Duration.ofSeconds(1), 60, 8 << 20).compact())
                .isFalse();
    }
}
