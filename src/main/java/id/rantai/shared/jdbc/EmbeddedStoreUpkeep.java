package id.rantai.shared.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file compact while Rantai runs.
 *
 * <p>H2's store never overwrites a page: each commit appends a chunk with the pages it changed, and
 * a chunk's space can be reused only once none of its pages is live any more. The background thread
 * that rewrites the live pages of sparse chunks runs only when commits are written lazily; Rantai
 * writes every commit before it acknowledges ({@code WRITE_DELAY=0}), so without this the file
 * grew by some 9 kB per stored reading, nearly all of it dead chunks pinned by a few live pages.
 * This does the rewriting H2's background thread would have done, on a thread of its own: each
 * round rewrites at most {@code maxWrite} bytes of the sparsest chunks until the store is
 * {@code targetFillRate} % live. Rounds are small and frequent because a round holds the store's
 * lock and commits wait behind it: 8 MB a second put 135 ms on the acknowledgement p99 under
 * sustained load, 1 MB four times a second 25 ms (BENCHMARKS.md). With {@code RETENTION_TIME=0}
 * in the URL the freed space is reused at once; H2 assumes the operating system writes its buffers
 * out, which a process crash (the case the ingest tests kill for) does not prevent. Production
 * runs on PostgreSQL.
 *
 * <p>Does nothing on any other database, or on an H2 database held in memory.
 */
@Component
class EmbeddedStoreUpkeep implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreUpkeep.class);

    private final DataSource dataSource;
    private final Duration every;
    private final int targetFillRate;
    private final int maxWrite;
    private volatile @Nullable ScheduledExecutorService thread;
    private volatile boolean warned;

    EmbeddedStoreUpkeep(
            DataSource dataSource,
            @Value("${rantai.embedded-database.compact-every:PT0.25S}") Duration every,
            @Value("${rantai.embedded-database.target-fill-rate:60}") int targetFillRate,
            @Value("${rantai.embedded-database.max-rewrite-bytes:1048576}") int maxWrite) {
        this.dataSource = dataSource;
        this.every = every;
        this.targetFillRate = targetFillRate;
        this.maxWrite = maxWrite;
    }

    /**
     * One round: rewrites live pages out of the sparsest chunks of the H2 file.
     *
     * @return false if the database is not an H2 file (nothing to do, now or later)
     */
    boolean compact() {
        try (Connection c = dataSource.getConnection()) {
            MVStore store = fileStore(c);
            if (store == null) {
                return false;
            }
            store.compact(targetFillRate, maxWrite);
            return true;
        } catch (SQLException | RuntimeException e) {
            if (!warned) {
                warned = true; // once: a closing store or a busy pool at shutdown is not news
                log.warn("Could not compact the embedded database file; trying again", e);
            }
            return true;
        }
    }

    private static @Nullable MVStore fileStore(Connection c) throws SQLException {
        if (!c.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        Session session = c.unwrap(JdbcConnection.class).getSession();
        if (!(session instanceof SessionLocal local)
                || !local.getDatabase().isPersistent()
                || local.getDatabase().getStore() == null) {
            return null;
        }
        MVStore store = local.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null ? null : store;
    }

    @Override
    public void start() {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embedded-database-upkeep");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        thread = s;
        s.scheduleWithFixedDelay(
                () -> {
                    if (!compact()) {
                        s.shutdown();
                    }
                },
                every.toMillis(),
                every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService s = thread;
        if (s != null) {
            s.shutdown();
            try {
                s.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
