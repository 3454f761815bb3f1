package id.rantai.monitoring.rules;

import id.rantai.eseal.MonitoredTrip;
import id.rantai.eseal.MonitoredTrips;
import id.rantai.eseal.TripState;
import id.rantai.eseal.TripStateChanged;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.alert.AlertBook;
import id.rantai.monitoring.ingest.JdbcReadings;
import id.rantai.monitoring.ingest.SealTrips;
import id.rantai.shared.AfterCommit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The monitors of the active trips whose seals this instance owns (all of them when it runs alone),
 * by seal and by trip. Built from the stored trips, readings and open alerts — at start, or when a
 * cluster hands this instance a share of the seals — so a restart or a fail-over loses no timer and
 * opens no alert twice, and kept in step with the lifecycle by {@link MonitorInstruction instructions}.
 *
 * <p>Pages and commands may ask about any active trip: {@link #view} answers from the monitor when
 * this instance owns the seal and otherwise from a picture built from the database.
 */
@Component
public class TripMonitors implements SealTrips {
    private static final Logger log = LoggerFactory.getLogger(TripMonitors.class);
    /** Enough history to rebuild counters, stop and battery trends after a restart. */
    static final int REPLAY_READINGS = 200;
    /** What a picture of a trip another instance watches needs: the latest report and fix. */
    private static final int VIEW_READINGS = 20;
    /** How long the seal-to-trip index of a non-owner is used before it is read again. */
    private static final Duration INDEX_FOR = Duration.ofSeconds(30);

    private static final Set<TripState> ACTIVE = Set.of(TripState.INSTALLED, TripState.IN_TRANSIT, TripState.ARRIVED);

    private final Map<UUID, TripMonitor> bySeal = new ConcurrentHashMap<>();
    private final Map<UUID, TripMonitor> byTrip = new ConcurrentHashMap<>();
    private final MonitoredTrips trips;
    private final JdbcReadings readings;
    private final AlertBook alerts;
    private final OfficeSettings settings;
    private final JdbcUnlockPolicies unlockPolicies;
    private final Clock clock;
    private final SealOwnership ownership;
    /** Where instructions go in a cluster; null alone, where they are applied here. */
    private final @Nullable InstructionRoute route;

    /** Each installed seal's office, read at most every half minute, for readings of seals owned elsewhere. */
    private record SealOffices(Map<UUID, UUID> bySeal, Instant readAt) {}

    private volatile @Nullable SealOffices sealOffices;
    private final java.util.concurrent.locks.ReentrantLock sealOfficesRead =
            new java.util.concurrent.locks.ReentrantLock();

    TripMonitors(
            MonitoredTrips trips,
            JdbcReadings readings,
            AlertBook alerts,
            OfficeSettings settings,
            JdbcUnlockPolicies unlockPolicies,
            Clock clock,
            ObjectProvider<SealOwnership> ownership,
            ObjectProvider<InstructionRoute> route) {
        this.trips = trips;
        this.readings = readings;
        this.alerts = alerts;
        this.settings = settings;
        this.unlockPolicies = unlockPolicies;
        this.clock = clock;
        this.ownership = ownership.getIfAvailable(() -> seal -> true);
        this.route = route.getIfAvailable();
    }

    /**
     * Watches every active trip of the given seals that is not watched yet, its monitor rebuilt from
     * the readings the rules had evaluated.
     *
     * @return the readings of those trips stored after {@code evaluatedThrough}: a crash (or a lost
     *         instance) came between their commit and the rules, which must now see them
     */
    List<JdbcReadings.Committed> watchActive(Predicate<UUID> seals, long evaluatedThrough) {
        return watch(trips.sealedTrips(), seals, evaluatedThrough);
    }

    /**
     * {@link #watchActive} for an instance alone at its start, which watches every active trip: each is
     * read whole in the one pass that lists them, instead of listed by seal and then read again one by
     * one as a cluster's take-over of some seals does.
     */
    List<JdbcReadings.Committed> watchEveryActive(long evaluatedThrough) {
        List<JdbcReadings.Committed> notEvaluated = new ArrayList<>();
        int watched = 0;
        for (MonitoredTrip t : trips.active()) {
            if (!byTrip.containsKey(t.tripId())) {
                startWatching(t, evaluatedThrough, notEvaluated);
                watched++;
            }
        }
        reportWatched(watched, notEvaluated);
        return notEvaluated;
    }

    /**
     * Watches those of the active trips whose seal matches and that nobody watches here. The list
     * names seals only; a trip is read whole (route plan and all) only when it is to be watched, so a
     * cluster taking over one partition of many does not read every trip's plan.
     */
    private List<JdbcReadings.Committed> watch(
            List<MonitoredTrips.SealedTrip> active, Predicate<UUID> seals, long evaluatedThrough) {
        List<JdbcReadings.Committed> notEvaluated = new ArrayList<>();
        int watched = 0;
        for (MonitoredTrips.SealedTrip t : active) {
            if (!seals.test(t.sealId()) || byTrip.containsKey(t.tripId())) {
                continue;
            }
            Optional<MonitoredTrip> found = trips.find(t.tripId()).filter(f -> ACTIVE.contains(f.state()));
            if (found.isPresent()) {
                startWatching(found.get(), evaluatedThrough, notEvaluated);
                watched++;
            }
        }
        reportWatched(watched, notEvaluated);
        return notEvaluated;
    }

    /** A monitor rebuilt from the readings evaluated so far; the trip's readings stored after them added to {@code notEvaluated}. */
    private void startWatching(MonitoredTrip trip, long evaluatedThrough, List<JdbcReadings.Committed> notEvaluated) {
        register(build(trip, evaluatedThrough, REPLAY_READINGS));
        notEvaluated.addAll(readings.notEvaluatedOfTrip(trip.tripId(), evaluatedThrough));
    }

    private static void reportWatched(int watched, List<JdbcReadings.Committed> notEvaluated) {
        if (watched > 0) {
            log.info(
                    "Monitoring {} more active trips; {} of their readings stored before are evaluated now",
                    watched,
                    notEvaluated.size());
        }
    }

    /** Stops watching the given seals' trips: another instance evaluates them from now on. */
    void unwatchSeals(Predicate<UUID> seals) {
        for (TripMonitor m : List.copyOf(byTrip.values())) {
            if (seals.test(m.trip().sealId())) {
                unwatch(m.trip().tripId());
            }
        }
    }

    /**
     * Repairs what a lost instruction would leave wrong: an owned active trip that is not watched is
     * watched (from the database, as after a restart), a watched trip that has ended is let go.
     *
     * @return the readings of newly watched trips the rules have yet to see
     */
    List<JdbcReadings.Committed> reconcile(long evaluatedThrough) {
        List<MonitoredTrips.SealedTrip> sealed = trips.sealedTrips();
        Set<UUID> active = new HashSet<>();
        sealed.forEach(t -> active.add(t.tripId()));
        for (TripMonitor m : List.copyOf(byTrip.values())) {
            UUID id = m.trip().tripId();
            if (!active.contains(id)
                    && trips.find(id).map(t -> !ACTIVE.contains(t.state())).orElse(true)) {
                log.warn(
                        "Trip {} has ended without its monitor hearing of it; no longer watched",
                        m.trip().reference());
                unwatch(id);
            }
        }
        return watch(sealed, ownership::owns, evaluatedThrough);
    }

    @Override
    public @Nullable UUID activeTrip(UUID sealId) {
        TripMonitor m = bySeal.get(sealId);
        return m == null ? null : m.trip().tripId();
    }

    /**
     * The thresholds a seal's readings are held to on arrival. On the instance that owns the seal,
     * its monitor's; elsewhere (a cluster's other instances receive the seal's messages too) from an
     * index of the active trips read at most every half minute.
     */
    @Override
    public MonitoringSettings settingsForSeal(UUID sealId) {
        TripMonitor m = bySeal.get(sealId);
        if (m != null) {
            return m.settings();
        }
        if (route == null) {
            return settings.defaults();
        }
        UUID office = officeOfSeal(sealId);
        return office == null ? settings.defaults() : settings.forOffice(office);
    }

    /**
     * The office of a seal's trip from an index read at most every half minute. One thread reads it
     * again when it is due while the others go on with the one they have: a burst of readings never
     * turns into a burst of queries.
     */
    private @Nullable UUID officeOfSeal(UUID sealId) {
        SealOffices i = sealOffices;
        Instant now = clock.instant();
        if (i == null || i.readAt().plus(INDEX_FOR).isBefore(now)) {
            if (i == null) {
                sealOfficesRead.lock();
            } else if (!sealOfficesRead.tryLock()) {
                return i.bySeal().get(sealId);
            }
            try {
                i = sealOffices;
                if (i == null || i.readAt().plus(INDEX_FOR).isBefore(now)) {
                    Map<UUID, UUID> offices = new HashMap<>();
                    for (MonitoredTrips.SealedTrip t : trips.sealedTrips()) {
                        offices.put(t.sealId(), t.customsOfficeId());
                    }
                    i = new SealOffices(offices, now);
                    sealOffices = i;
                }
            } finally {
                sealOfficesRead.unlock();
            }
        }
        return i.bySeal().get(sealId);
    }

    /**
     * After the change commits, the trip's monitor hears of it wherever it runs. Memory only, rebuilt
     * from the database at start: without a registered publication.
     */
    @EventListener
    void on(TripStateChanged e) {
        AfterCommit.run(() -> {
            UUID seal = e.sealId();
            if (seal == null) {
                TripMonitor m = byTrip.get(e.tripId());
                seal = m != null
                        ? m.trip().sealId()
                        : trips.find(e.tripId()).map(MonitoredTrip::sealId).orElse(null);
            }
            if (seal == null) {
                return; // no seal: nothing watches this trip
            }
            instruct(seal, new MonitorInstruction.TripMoved(e.tripId(), e.to()));
        });
    }

    /**
     * Hands an instruction to the trip's monitor: here, or through the cluster to the instance that
     * owns the seal. A cluster that cannot take it is logged; {@link #reconcile} repairs lifecycle
     * changes, and the other instructions concern the moment they were given.
     */
    public void instruct(UUID sealId, MonitorInstruction instruction) {
        if (route == null) {
            apply(instruction);
            return;
        }
        try {
            route.send(sealId, instruction);
        } catch (RuntimeException e) {
            log.error("Could not pass {} to the instance that owns seal {}", instruction, sealId, e);
        }
    }

    /** Carries out an instruction on this instance's monitor of the trip (if it has one). */
    public void apply(MonitorInstruction instruction) {
        UUID tripId = instruction.tripId();
        TripMonitor m = byTrip.get(tripId);
        if (instruction instanceof MonitorInstruction.TripMoved moved) {
            moved(tripId, moved.to(), m);
        } else if (m == null) {
            return; // another instance's seal, or a trip no longer watched
        } else if (instruction instanceof MonitorInstruction.UnlockExpected u) {
            m.expectUnlock(u.commandId(), u.from(), u.until());
        } else if (instruction instanceof MonitorInstruction.UnlockFailed f) {
            m.unlockFailed(f.commandId());
        } else if (instruction instanceof MonitorInstruction.AlertResolved r) {
            m.resolved(r.type());
        } else if (instruction instanceof MonitorInstruction.UnlockPolicyChanged) {
            m.unlockPolicy(unlockPolicies.forTrip(tripId));
        }
    }

    private void moved(UUID tripId, TripState to, @Nullable TripMonitor m) {
        switch (to) {
            case INSTALLED -> {
                if (m == null) {
                    trips.find(tripId)
                            .filter(t -> ownership.owns(t.sealId()))
                            .ifPresent(t -> register(build(t, -1, 0)));
                }
            }
            case IN_TRANSIT, ARRIVED -> {
                if (m != null) {
                    m.stateChanged(to);
                }
            }
            case REMOVED, CLOSED, CANCELLED -> unwatch(tripId);
            default -> {}
        }
    }

    /**
     * A trip's monitor with its latest evaluated readings replayed.
     *
     * @param evaluatedThrough the last commit the rules evaluated; -1 for a trip just installed
     */
    private TripMonitor build(MonitoredTrip t, long evaluatedThrough, int history) {
        MonitoringSettings s = settings.forOffice(t.parties().customsOfficeId());
        TripMonitor monitor = new TripMonitor(t, s, unlockPolicies.forTrip(t.tripId()), clock.instant());
        if (evaluatedThrough >= 0) {
            for (Reading r : readings.latestOfTrip(t.tripId(), history, evaluatedThrough)) {
                monitor.restore(r);
            }
            monitor.stateChanged(t.state());
        }
        monitor.openAlerts(alerts.openTypes(t.tripId()));
        // A seal may report an unlock up to a minute after its window (TripMonitor's slack).
        for (JdbcUnlockPolicies.CommandedUnlock c :
                unlockPolicies.commandedUnlocks(t.tripId(), clock.instant().minus(Duration.ofMinutes(1)))) {
            monitor.expectUnlock(c.commandId(), c.from(), c.until());
        }
        return monitor;
    }

    /**
     * A trip another instance watches, as far as a page or a command's checks need it: its state and
     * latest readings (the last report, the last fix). Never evaluates, so alerts and unlock
     * expectations are not read.
     */
    private TripMonitor picture(MonitoredTrip t) {
        TripMonitor monitor = new TripMonitor(
                t, settings.forOffice(t.parties().customsOfficeId()), UnlockPolicy.DEFAULT, clock.instant());
        for (Reading r : readings.latestOfTrip(t.tripId(), VIEW_READINGS, Long.MAX_VALUE)) {
            monitor.restore(r);
        }
        monitor.stateChanged(t.state());
        return monitor;
    }

    private void register(TripMonitor monitor) {
        UUID tripId = monitor.trip().tripId();
        TripMonitor previous = bySeal.put(monitor.trip().sealId(), monitor);
        if (previous != null && !previous.trip().tripId().equals(tripId)) {
            byTrip.remove(previous.trip().tripId());
        }
        byTrip.put(tripId, monitor);
    }

    private void unwatch(UUID tripId) {
        TripMonitor m = byTrip.remove(tripId);
        if (m != null) {
            bySeal.remove(m.trip().sealId(), m);
        }
    }

    public @Nullable TripMonitor bySeal(UUID sealId) {
        return bySeal.get(sealId);
    }

    /** The monitor of a trip whose seal this instance owns. */
    public Optional<TripMonitor> byTrip(UUID tripId) {
        return Optional.ofNullable(byTrip.get(tripId));
    }

    /**
     * An active trip as its monitor sees it: this instance's monitor, or — when another instance owns
     * the seal — a picture built from the database (its latest readings, state and open alerts) that
     * nothing else shares. Only for reading: what should change the monitor goes by {@link #instruct}.
     */
    public Optional<TripMonitor> view(UUID tripId) {
        TripMonitor m = byTrip.get(tripId);
        if (m != null || route == null) {
            return Optional.ofNullable(m);
        }
        return trips.find(tripId).filter(t -> ACTIVE.contains(t.state())).map(this::picture);
    }

    /** The monitors of the trips this instance watches. */
    public Collection<TripMonitor> all() {
        return byTrip.values();
    }

    /** Every active trip as {@link #view} sees it: for maps and lists that show the whole fleet. */
    public Collection<TripMonitor> everyActive() {
        if (route == null) {
            return all();
        }
        List<TripMonitor> out = new ArrayList<>();
        for (MonitoredTrip t : trips.active()) {
            TripMonitor m = byTrip.get(t.tripId());
            out.add(m != null ? m : picture(t));
        }
        return out;
    }
}
