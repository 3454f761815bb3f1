package id.rantai.monitoring.rules;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.rantai.eseal.MonitoredTrips;
import id.rantai.eseal.TripParties;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.alert.AlertBook;
import id.rantai.monitoring.alert.WatchedTrip;
import id.rantai.monitoring.ingest.CommittedReadings;
import id.rantai.monitoring.ingest.JdbcReadings;
import id.rantai.monitoring.live.LiveEvent;
import id.rantai.monitoring.live.LiveFeed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule stage of the ingest chain: after the journal has committed readings and answered the
 * devices, each reading goes through its trip's monitor, and what the monitor concludes is carried
 * out — alerts, departure and arrival, live positions.
 *
 * <p>Seals are spread over {@code rantai.monitoring.rules.threads} partitions, each with its own
 * thread and queue, so one seal's readings (and the timer's checks of its trip) are evaluated in
 * order by one thread while an alert storm on one partition leaves the others running. The hand-off
 * is bounded ({@code rantai.monitoring.rules.capacity} readings): when the rules fall that far
 * behind, the journal waits rather than memory growing without end.
 *
 * <p>Every reading is evaluated on its own: a failure in one (a rule, an alert write, a trip
 * transition) is logged, counted in {@code rantai.rules.failures}, retried when it is transient (a
 * lock conflict with an officer's action), and never stops the evaluation of any other reading.
 *
 * <p>How far the rules have got is kept as the {@code EVALUATED} mark (commit numbers rise); at
 * start, readings of active trips committed after it are evaluated before any new reading (replayed
 * alerts are not counted twice), so a crash between commit and rules skips nothing.
 */
@Component
public class RuleEngine implements CommittedReadings, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);
    /** The mark of the last commit every partition has evaluated. */
    public static final String EVALUATED = "EVALUATED";

    private static final int ATTEMPTS = 4;
    /** Outcomes per transaction when a restart evaluates what a crash left. */
    private static final int REPLAY_BATCH = 500;

    private final TripMonitors monitors;
    private final AlertBook alerts;
    private final MonitoredTrips trips;
    private final LiveFeed live;
    private final JdbcReadings store;
    private final Clock clock;
    private final Partition[] partitions;
    private final Semaphore capacity;
    private final int capacityReadings;
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Timer alertLag;
    /** In a cluster, monitors come and go with the log partitions this instance owns. */
    private final boolean clustered;

    private volatile boolean running;
    private volatile long markWritten;
    /** A batch's transaction, and each outcome's savepoint within it. */
    private final TransactionTemplate batch, savepoint;
    /** An outcome on its own, when its batch could not commit. */
    private final TransactionTemplate alone;

    RuleEngine(
            TripMonitors monitors,
            AlertBook alerts,
            MonitoredTrips trips,
            LiveFeed live,
            JdbcReadings store,
            Clock clock,
            MeterRegistry meters,
            PlatformTransactionManager transactions,
            @Value("${rantai.monitoring.rules.threads:2}") int threads,
            @Value("${rantai.monitoring.rules.capacity:100000}") int capacity,
            @Value("${rantai.cluster.mode:single}") String clusterMode) {
        this.clustered = !"single".equalsIgnoreCase(clusterMode);
        this.monitors = monitors;
        this.alerts = alerts;
        this.trips = trips;
        this.live = live;
        this.store = store;
        this.clock = clock;
        this.meters = meters;
        this.batch = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.alone = new TransactionTemplate(transactions);
        this.partitions = new Partition[Math.max(1, threads)];
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new Partition(i);
        }
        this.capacityReadings = Math.max(1, capacity);
        this.capacity = new Semaphore(capacityReadings);
        this.alertLag = Timer.builder("rantai.rules.alert.lag")
                .description("From a commit's hand-over to the rules until its alerts are stored")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        Gauge.builder("rantai.rules.queued", this, e -> e.capacityReadings - e.capacity.availablePermits())
                .description("Stored readings waiting for the rules")
                .register(meters);
    }

    /** Queues a commit's readings, each seal's on its partition; blocks only when the rules are far behind. */
    @Override
    public void committed(long commitNo, List<Reading> readings) {
        int permits = Math.min(readings.size(), capacityReadings);
        capacity.acquireUninterruptibly(permits);
        List<List<Reading>> parts = new ArrayList<>(partitions.length);
        for (int i = 0; i < partitions.length; i++) {
            parts.add(new ArrayList<>());
        }
        for (Reading r : readings) {
            parts.get(partitionOf(r.sealId())).add(r);
        }
        // Every partition hears of every commit, with or without readings of its own, so that the
        // evaluated mark is simply the lowest commit all partitions have finished.
        int left = permits;
        for (int i = 0; i < partitions.length; i++) {
            int share = i == partitions.length - 1
                    ? left
                    : Math.min(left, parts.get(i).size());
            left -= share;
            partitions[i].queue.add(new Task.Commit(commitNo, parts.get(i), share, System.nanoTime()));
        }
    }

    /** What time alone concludes (signal lost, ETA overrun), checked on each trip's own partition. */
    @Scheduled(fixedDelayString = "${rantai.monitoring.check-interval:PT5S}")
    public void tick() {
        Instant now = clock.instant();
        List<List<TripMonitor>> parts = new ArrayList<>(partitions.length);
        for (int i = 0; i < partitions.length; i++) {
            parts.add(new ArrayList<>());
        }
        for (TripMonitor m : monitors.all()) {
            parts.get(partitionOf(m.trip().sealId())).add(m);
        }
        for (int i = 0; i < partitions.length; i++) {
            if (!parts.get(i).isEmpty()) {
                partitions[i].queue.add(new Task.Tick(parts.get(i), now));
            }
        }
    }

    /**
     * Waits until everything handed over before this call has been evaluated: whoever saw a device
     * acknowledged (or called {@link #tick}) may then rely on the rules having seen it.
     *
     * @return false if that took longer than the timeout
     */
    public boolean awaitEvaluated(Duration timeout) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(partitions.length);
        for (Partition p : partitions) {
            p.queue.add(new Task.Marker(done));
        }
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The last commit every partition has evaluated. */
    public long evaluatedThrough() {
        long min = Long.MAX_VALUE;
        for (Partition p : partitions) {
            min = Math.min(min, p.doneThrough);
        }
        return min;
    }

    /** Writes the evaluated mark; the journal's commits are far more frequent, so this runs on a timer. */
    @Scheduled(fixedDelayString = "${rantai.monitoring.rules.mark-every:PT1S}")
    public void writeMark() {
        long through = evaluatedThrough();
        if (through > markWritten) {
            store.advanceMark(EVALUATED, through);
            markWritten = through;
        }
    }

    private int partitionOf(UUID sealId) {
        return Math.floorMod(sealId.hashCode(), partitions.length);
    }

    /** One reading through its monitor; what it concludes joins {@code pending}. A rule's failure is this reading's alone. */
    void evaluate(Reading r, boolean replay, Pending pending) {
        TripMonitor m = monitors.bySeal(r.sealId());
        if (m == null) {
            return;
        }
        List<Outcome> outcomes;
        try {
            outcomes = m.evaluate(r);
        } catch (RuntimeException e) {
            failed("rule", m, e);
            return;
        }
        pending.add(m, outcomes, replay);
        if (r.hasPosition() && !replay) {
            WatchedTrip t = m.trip();
            live.publish(LiveEvent.position(r.sealId(), r.deviceTime(), LivePosition.of(t, r), t.parties()));
        }
    }

    private void check(TripMonitor m, Instant now, Pending pending) {
        try {
            pending.add(m, m.tick(now), false);
        } catch (RuntimeException e) {
            failed("timer", m, e);
        }
    }

    /**
     * Carries out what a batch of readings concluded in one transaction, each outcome behind its own
     * savepoint: a cold or busy store then costs one commit per batch instead of one per alert (the
     * readings behind do not wait on alert after alert), while a failure is still one outcome's alone
     * — rolled back to its savepoint, retried when transient, counted otherwise (a lone outcome is
     * simply its own transaction). Monitors count an
     * outcome only once the batch has committed; if the commit itself fails, each outcome is carried
     * out again on its own. Alerts and trip transitions are separate batches: a partition carries
     * out the alerts itself and hands the transitions to its mover thread, so an alert is never
     * held up by departures (a fleet leaving the port together makes hundreds).
     */
    private void carryOut(Pending pending) {
        carryOut(pending.alerts());
        carryOut(pending.moves());
    }

    private void carryOut(List<Pending.Item> items) {
        if (items.isEmpty()) {
            return;
        }
        if (items.size() == 1) {
            // One outcome needs no savepoint: its own transaction is already all it can roll back.
            settle(items.get(0), applyWithRetries(items.get(0), alone));
            return;
        }
        // By identity: two equal outcomes of one batch are still two outcomes.
        Set<Pending.Item> applied = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            batch.executeWithoutResult(status -> {
                for (Pending.Item item : items) {
                    if (applyWithRetries(item, savepoint)) {
                        applied.add(item);
                    }
                }
            });
        } catch (RuntimeException e) {
            log.warn(
                    "Rules: a batch of {} outcomes could not be committed; carrying them out one by one",
                    items.size(),
                    e);
            for (Pending.Item item : items) {
                settle(item, applied.contains(item) && applyWithRetries(item, alone));
            }
            return;
        }
        for (Pending.Item item : items) {
            settle(item, applied.contains(item));
        }
    }

    /** Tells the monitor whether its outcome is now in the store, in the order it concluded them. */
    private static void settle(Pending.Item item, boolean stored) {
        if (stored) {
            item.monitor().stored(item.outcome());
        } else {
            item.monitor().notStored(item.outcome());
        }
    }

    private boolean applyWithRetries(Pending.Item item, TransactionTemplate tx) {
        Outcome o = item.outcome();
        String stage = o.isAlert() ? "alert" : "transition";
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(status -> apply(item.monitor().trip(), o, item.replay()));
                return true;
            } catch (TransientDataAccessException e) {
                if (attempt == ATTEMPTS) {
                    failed(stage, item.monitor(), e);
                    return false;
                }
                backOff(attempt);
            } catch (RuntimeException e) {
                failed(stage, item.monitor(), e);
                return false;
            }
        }
    }

    private void apply(WatchedTrip trip, Outcome o, boolean replay) {
        if (o instanceof Outcome.Raise r) {
            alerts.raise(trip, r.occurrence(), replay);
        } else if (o instanceof Outcome.Clear c) {
            alerts.clear(trip, c.type(), c.note());
        } else if (o instanceof Outcome.Departed d) {
            trips.departed(trip.tripId(), d.at());
        } else if (o instanceof Outcome.Arrived a) {
            trips.arrived(trip.tripId(), a.at());
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(10L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(String stage, TripMonitor m, RuntimeException e) {
        log.error(
                "Rules: {} failed for trip {} (seal {}); other readings go on",
                stage,
                m.trip().reference(),
                m.trip().sealSerial(),
                e);
        failures.computeIfAbsent(
                        stage,
                        s -> Counter.builder("rantai.rules.failures")
                                .description(
                                        "Rule evaluations, alert writes and trip transitions that failed (after retries)")
                                .tag("stage", s)
                                .register(meters))
                .increment();
    }

    /**
     * Rebuilds the monitors, evaluates what a crash left unevaluated, marks it evaluated, then starts
     * the partitions — all before the journal starts, whose commit numbers then begin above the mark.
     * In a cluster the monitors are built as the log hands this instance its seals ({@link #takeOver}).
     */
    @Override
    public void start() {
        long evaluated = store.mark(EVALUATED);
        long through = clustered ? evaluated : replay(monitors.watchEveryActive(evaluated), evaluated);
        for (Partition p : partitions) {
            p.doneThrough = through;
        }
        store.advanceMark(EVALUATED, through);
        markWritten = through;
        running = true;
        for (Partition p : partitions) {
            p.start();
        }
    }

    /**
     * This instance now evaluates the given seals (a cluster moved their log partition here): their
     * trips' monitors are rebuilt from the database as far as {@code evaluatedThrough}, and what was
     * stored after it — by an instance that stopped before its rules saw it — is evaluated now, before
     * any new reading of those seals.
     *
     * @return the last commit now evaluated for those seals
     */
    public long takeOver(Predicate<UUID> seals, long evaluatedThrough) {
        return replay(monitors.watchActive(seals, evaluatedThrough), evaluatedThrough);
    }

    /**
     * Another instance evaluates the given seals from now on: waits until what was handed over has
     * been evaluated, then lets their monitors go.
     *
     * @return the last commit evaluated, to be marked for those seals
     */
    public long handOver(Predicate<UUID> seals, Duration patience) {
        try {
            if (!awaitEvaluated(patience)) {
                log.warn("Rules still busy after {} while handing seals over", patience);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        monitors.unwatchSeals(seals);
        return evaluatedThrough();
    }

    /** Repairs monitors a lost lifecycle instruction left wrong (cluster only; alone nothing is lost). */
    public void reconcile(long evaluatedThrough) {
        replay(monitors.reconcile(evaluatedThrough), evaluatedThrough);
    }

    /** Evaluates readings stored but not evaluated, seal by seal in device-time order, as replays. */
    private long replay(List<JdbcReadings.Committed> stored, long evaluatedThrough) {
        List<JdbcReadings.Committed> left = new ArrayList<>(stored);
        left.sort(Comparator.comparing((JdbcReadings.Committed c) -> c.reading().sealId())
                .thenComparing(c -> c.reading().deviceTime()));
        long through = evaluatedThrough;
        Pending pending = new Pending();
        for (JdbcReadings.Committed c : left) {
            evaluate(c.reading(), true, pending);
            through = Math.max(through, c.commitNo());
            if (pending.items.size() >= REPLAY_BATCH) {
                carryOut(pending);
                pending = new Pending();
            }
        }
        carryOut(pending);
        return through;
    }

    @Override
    public void stop() {
        running = false;
        for (Partition p : partitions) {
            p.queue.add(new Task.Marker(new CountDownLatch(1)));
        }
        for (Partition p : partitions) {
            try {
                p.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writeMark();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the journal (and stops after it), so no committed reading finds no one to hand to. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 200;
    }

    private sealed interface Task {
        record Commit(long commitNo, List<Reading> readings, int permits, long handedAt) implements Task {}

        record Tick(List<TripMonitor> monitors, Instant now) implements Task {}

        record Marker(CountDownLatch done) implements Task {}

        /** For a partition's mover: a commit's trip transitions (-1: a timer's), carried out in order. */
        record Moves(long commitNo, List<Pending.Item> items) implements Task {}
    }

    private final class Partition {
        final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
        /** Trip transitions, after their commit's alerts; markers pass through here too. */
        final BlockingQueue<Task> moves = new LinkedBlockingQueue<>();

        final int index;
        volatile Thread thread, mover;
        volatile boolean evaluating;
        /** The last commit whose alerts and transitions are all carried out. */
        volatile long doneThrough;
        /** Batches of transitions handed to the mover and not yet carried out. */
        final java.util.concurrent.atomic.AtomicInteger movesInFlight = new java.util.concurrent.atomic.AtomicInteger();

        Partition(int index) {
            this.index = index;
        }

        /** A new thread at every start: a stopped context (a paused test context, too) may be started again. */
        void start() {
            evaluating = true;
            thread = new Thread(this::run, "rules-" + index);
            thread.setDaemon(true);
            thread.start();
            mover = new Thread(this::move, "rules-" + index + "-moves");
            mover.setDaemon(true);
            mover.start();
        }

        void join() throws InterruptedException {
            for (Thread t : new Thread[] {thread, mover}) {
                if (t != null) {
                    t.join(10_000);
                }
            }
        }

        private void move() {
            while (evaluating || !moves.isEmpty()) {
                Task task;
                try {
                    task = moves.poll(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                try {
                    if (task instanceof Task.Moves m) {
                        try {
                            carryOut(m.items());
                            if (m.commitNo() >= 0) {
                                doneThrough = m.commitNo();
                            }
                        } finally {
                            movesInFlight.decrementAndGet();
                        }
                    } else if (task instanceof Task.Marker m) {
                        m.done().countDown();
                    }
                } catch (RuntimeException e) {
                    log.error("Rule partition {} failed on a transition", mover.getName(), e);
                }
            }
        }

        private void run() {
            try {
                takeTasks();
            } finally {
                evaluating = false;
            }
        }

        private void takeTasks() {
            while (running || !queue.isEmpty()) {
                Task task;
                try {
                    task = queue.poll(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (task == null) {
                    continue;
                }
                try {
                    if (task instanceof Task.Commit c) {
                        Pending pending = new Pending();
                        for (Reading r : c.readings()) {
                            evaluate(r, false, pending);
                        }
                        List<Pending.Item> raised = pending.alerts();
                        carryOut(raised);
                        if (!raised.isEmpty()) {
                            alertLag.record(System.nanoTime() - c.handedAt(), TimeUnit.NANOSECONDS);
                        }
                        List<Pending.Item> toMove = pending.moves();
                        if (toMove.isEmpty() && movesInFlight.get() == 0) {
                            // Nothing to move and nothing moving: no need to wake the mover for the mark.
                            doneThrough = c.commitNo();
                        } else {
                            movesInFlight.incrementAndGet();
                            moves.add(new Task.Moves(c.commitNo(), toMove));
                        }
                        capacity.release(c.permits());
                    } else if (task instanceof Task.Tick t) {
                        Pending pending = new Pending();
                        for (TripMonitor m : t.monitors()) {
                            check(m, t.now(), pending);
                        }
                        carryOut(pending.alerts());
                        List<Pending.Item> toMove = pending.moves();
                        if (!toMove.isEmpty()) {
                            movesInFlight.incrementAndGet();
                            moves.add(new Task.Moves(-1, toMove));
                        }
                    } else if (task instanceof Task.Marker m) {
                        moves.add(m);
                    }
                } catch (RuntimeException e) {
                    // evaluate() keeps its failures to itself; this is the last line, so the thread lives on.
                    log.error("Rule partition {} failed on a task", thread.getName(), e);
                }
            }
        }
    }

    /**
     * What a batch of readings concluded, in order. A condition raised twice in one batch (still
     * outside the corridor, still low) is one alert: its monitor cannot count it open before the
     * batch commits, so it is dropped here instead; seal events count every occurrence.
     */
    static final class Pending {
        record Item(TripMonitor monitor, Outcome outcome, boolean replay) {}

        final List<Item> items = new ArrayList<>();

        void add(TripMonitor m, List<Outcome> outcomes, boolean replay) {
            for (Outcome o : outcomes) {
                if (o instanceof Outcome.Raise r
                        && !TripMonitor.countsEveryOccurrence(r.type())
                        && items.stream()
                                .anyMatch(i -> i.monitor() == m
                                        && i.outcome() instanceof Outcome.Raise p
                                        && p.type() == r.type())) {
                    continue;
                }
                items.add(new Item(m, o, replay));
            }
        }

        List<Item> alerts() {
            return items.stream().filter(i -> i.outcome().isAlert()).toList();
        }

        List<Item> moves() {
            return items.stream().filter(i -> !i.outcome().isAlert()).toList();
        }
    }

    /** A position as the live stream shows it. */
    public record LivePosition(
            UUID tripId,
            String reference,
            UUID sealId,
            String seal,
            Instant deviceTime,
            double latitude,
            double longitude,
            double speedKmh,
            double heading,
            int batteryPercent,
            String lockState,
            boolean clockValid,
            @JsonUnwrapped TripParties parties) {
        static LivePosition of(WatchedTrip t, Reading r) {
            return new LivePosition(
                    t.tripId(),
                    t.reference(),
                    r.sealId(),
                    t.sealSerial(),
                    r.deviceTime(),
                    r.latitude(),
                    r.longitude(),
                    r.speedKmh(),
                    r.heading(),
                    r.batteryPercent(),
                    r.lockState().name(),
                    r.clockValid(),
                    t.parties());
        }
    }
}
