package id.rantai.monitoring.ingest;

import id.rantai.eseal.SealDirectory;
import id.rantai.monitoring.Reading;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door every channel's readings go through, and the durable step of the ingest chain:
 * channel → authenticate → validate → <b>de-duplicate → commit</b> → acknowledge, then the rule stage.
 * Readings from many connections are gathered into one transaction (group commit), so a thousand
 * phones each sending one reading cost one commit, not a thousand; each sender is answered only
 * after that commit, so nothing acknowledged can be lost. Each commit is numbered and handed to the
 * {@link CommittedReadings rule stage}, which evaluates on its own threads: the answer to the
 * devices never waits for rules, alert writes or mail.
 */
@Component
@EnableConfigurationProperties(IngestProperties.class)
public class ReadingJournal implements ReadingLog, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ReadingJournal.class);

    /** What happened to one reading. */
    public enum Result {
        STORED,
        DUPLICATE
    }

    private record Pending(List<Reading> readings, CompletableFuture<Result[]> done) {}

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final JdbcReadings store;
    private final SealDirectory seals;
    private final SealTrips trips;
    private final CommittedReadings rules;
    private final Refusals refusals;
    private final TransactionTemplate tx;
    private final IngestProperties properties;
    private final DuplicateFilter duplicates = new DuplicateFilter();
    private static final java.time.Duration CONTACT_WRITE_EVERY = java.time.Duration.ofMinutes(1);
    /** The rules' mark, above which commit numbers start. */
    private static final String EVALUATED = "EVALUATED";

    private record ContactWritten(Instant at, int battery) {}

    /** What was last committed per seal; touched by the writer thread only. */
    private final Map<UUID, ContactWritten> contactWritten = new HashMap<>();

    private volatile boolean running;
    private Thread writer;
    /** The number the last group commit got; touched by the writer thread only (and start). */
    private long lastCommit;
    /** Commit numbers must rise above this: what another instance stored of seals now ours. */
    private volatile long floor;

    private final Counter storedReadings;
    private final Counter duplicateReadings;
    private final Timer commits;

    ReadingJournal(
            JdbcReadings store,
            SealDirectory seals,
            SealTrips trips,
            CommittedReadings rules,
            Refusals refusals,
            TransactionTemplate tx,
            IngestProperties properties,
            MeterRegistry meters) {
        this.refusals = refusals;
        this.store = store;
        this.seals = seals;
        this.trips = trips;
        this.rules = rules;
        this.tx = tx;
        this.properties = properties;
        this.storedReadings = Counter.builder("rantai.readings.stored")
                .description("Readings durably stored and acknowledged")
                .register(meters);
        this.duplicateReadings = Counter.builder("rantai.readings.duplicate")
                .description("Readings received again (a device's retry) and acknowledged without storing")
                .register(meters);
        this.commits = Timer.builder("rantai.journal.commit")
                .description("Group commits of readings")
                .register(meters);
        Gauge.builder("rantai.journal.queued", queued, AtomicInteger::get)
                .description("Readings waiting for the next commit")
                .register(meters);
    }

    /**
     * Queues readings for the next commit. The future completes once they are durably stored (or
     * fails, and then none of them was acknowledged).
     */
    @Override
    public CompletableFuture<Result[]> append(List<Reading> readings) {
        CompletableFuture<Result[]> done = new CompletableFuture<>();
        if (readings.isEmpty()) {
            done.complete(new Result[0]); // nothing to store (every reading of a batch was refused)
            return done;
        }
        if (!running) {
            done.completeExceptionally(new IngestUnavailableException("Rantai is not accepting readings right now"));
            return done;
        }
        if (queued.addAndGet(readings.size()) > properties.queueCapacity()) {
            queued.addAndGet(-readings.size());
            done.completeExceptionally(
                    new IngestUnavailableException("Too many readings waiting to be stored; retry shortly"));
            return done;
        }
        queue.add(new Pending(readings, done));
        return done;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int size = first.readings().size();
                Pending next;
                while (size < properties.maxCommitReadings() && (next = queue.poll()) != null) {
                    batch.add(next);
                    size += next.readings().size();
                }
                queued.addAndGet(-size);
                write(batch, size);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                log.error("Could not store {} pending requests; their senders were told to retry", batch.size(), e);
                for (Pending p : batch) {
                    p.done()
                            .completeExceptionally(
                                    new IngestUnavailableException("The readings could not be stored; retry"));
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch, int size) {
        List<Reading> fresh = new ArrayList<>(size);
        List<UUID> tripIds = new ArrayList<>(size);
        List<Result[]> results = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            Result[] rs = new Result[p.readings().size()];
            for (int i = 0; i < rs.length; i++) {
                Reading r = p.readings().get(i);
                if (duplicates.seenBefore(r)) {
                    rs[i] = Result.DUPLICATE;
                } else {
                    rs[i] = Result.STORED;
                    fresh.add(r);
                    tripIds.add(trips.activeTrip(r.sealId()));
                }
            }
            results.add(rs);
        }
        if (fresh.isEmpty()) {
            for (int b = 0; b < batch.size(); b++) {
                batch.get(b).done().complete(results.get(b));
            }
            duplicateReadings.increment(size);
            return;
        }
        boolean[] stored;
        Map<UUID, ContactWritten> contacts = new HashMap<>();
        long commitNo = nextCommitNo();
        try {
            stored = commits.record(() -> tx.execute(status -> {
                boolean[] s = store.insert(fresh, tripIds, commitNo);
                recordContact(fresh, contacts);
                return s;
            }));
        } catch (RuntimeException e) {
            fresh.forEach(duplicates::forget);
            throw e;
        }
        lastCommit = commitNo;
        contactWritten.putAll(contacts);
        for (Reading r : fresh) {
            if (!r.clockValid()) {
                refusals.clockUnusable(r.sealId(), r.reportedTime());
            }
        }
        // Readings the database already had (a retry after a restart) are duplicates too.
        List<Reading> toEvaluate = new ArrayList<>(fresh.size());
        int k = 0;
        for (int b = 0; b < batch.size(); b++) {
            Result[] rs = results.get(b);
            for (int i = 0; i < rs.length; i++) {
                if (rs[i] == Result.STORED) {
                    if (stored[k]) {
                        toEvaluate.add(fresh.get(k));
                    } else {
                        rs[i] = Result.DUPLICATE;
                    }
                    k++;
                }
            }
        }
        storedReadings.increment(toEvaluate.size());
        duplicateReadings.increment(size - toEvaluate.size());
        toEvaluate.sort(Comparator.comparing(Reading::sealId).thenComparing(Reading::deviceTime));
        try {
            // Handed over before the devices are answered, so that whoever sees an acknowledgement
            // may wait for the rules to have seen the reading; the hand-over only queues.
            rules.committed(commitNo, toEvaluate);
        } catch (RuntimeException e) {
            // Stored is stored: the devices are answered whatever happens here. (Queueing does not
            // fail in practice; if it did, these readings would miss the rules until they are replayed.)
            log.error("Could not hand commit {} ({} readings) to the rules", commitNo, toEvaluate.size(), e);
        }
        for (int b = 0; b < batch.size(); b++) {
            batch.get(b).done().complete(results.get(b));
        }
    }

    /**
     * Keeps each seal's "last contact" and battery current in the inventory, but writes a seal's row
     * at most once a minute unless its battery level changed: the readings themselves are the
     * precise record, and one UPDATE per seal per commit would cost more than the readings.
     */
    private void recordContact(List<Reading> readings, Map<UUID, ContactWritten> written) {
        record Contact(Instant at, int battery) {}
        Map<UUID, Contact> latest = new HashMap<>();
        for (Reading r : readings) {
            latest.merge(
                    r.sealId(),
                    new Contact(r.deviceTime(), r.batteryPercent()),
                    (a, b) -> b.at().isAfter(a.at()) ? b : a);
        }
        latest.forEach((seal, c) -> {
            ContactWritten last = contactWritten.get(seal);
            if (last == null
                    || c.battery() != last.battery()
                    || c.at().isAfter(last.at().plus(CONTACT_WRITE_EVERY))) {
                seals.contact(seal, c.at(), c.battery() < 0 ? null : c.battery());
                written.put(seal, new ContactWritten(c.at(), c.battery()));
            }
        });
    }

    /**
     * Commit numbers rise, and start above the rules' evaluated mark: the wall clock in microseconds
     * when it is ahead (so no row has to be updated per commit to remember the last number), one more
     * than the last otherwise (a clock set back never makes a number repeat or fall below the mark).
     */
    private long nextCommitNo() {
        long now = System.currentTimeMillis() * 1000;
        return Math.max(Math.max(lastCommit, floor) + 1, now);
    }

    /**
     * Makes the next commits number above {@code commitNo}: in a cluster, seals taken over from
     * another instance (whose clock may run ahead) keep rising numbers, so the evaluated mark of their
     * partition stays meaningful.
     */
    public void raiseFloor(long commitNo) {
        if (commitNo > floor) {
            floor = commitNo;
        }
    }

    @Override
    public void start() {
        lastCommit = store.mark(EVALUATED);
        running = true;
        writer = new Thread(this::run, "reading-journal");
        writer.start();
    }

    @Override
    public void stop() {
        running = false;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop after the channels (which stop at a higher phase) so that queued readings are written. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}
