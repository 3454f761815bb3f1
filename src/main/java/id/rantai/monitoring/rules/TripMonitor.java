package id.rantai.monitoring.rules;

import id.rantai.eseal.MonitoredTrip;
import id.rantai.eseal.TripState;
import id.rantai.monitoring.AlertType;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.SealEvent;
import id.rantai.monitoring.UnlockMethod;
import id.rantai.monitoring.alert.WatchedTrip;
import id.rantai.shared.geo.Geodesy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of one active trip, as plain Java: it is given readings in device-time order (and the
 * clock), remembers what it needs, and says what it concluded. It neither stores nor sends anything,
 * so every rule is unit-tested directly. An alert counts as open here only once whoever carries out
 * the outcome says it is stored ({@link #stored}): a raise whose write failed is raised again at the
 * condition's next occurrence instead of being silenced. Thread-safe: the rule stage, commands and
 * lifecycle events all reach it.
 */
public final class TripMonitor {
    private static final Duration BATTERY_WINDOW = Duration.ofHours(12);
    private static final Duration MIN_BATTERY_SPAN = Duration.ofHours(1);
    private static final Duration BATTERY_SAMPLE_EVERY = Duration.ofMinutes(5);
    private static final Set<AlertType> EVENT_ALERTS =
            EnumSet.of(AlertType.SEAL_OPENED, AlertType.SEAL_TAMPERED, AlertType.UNAUTHORISED_UNLOCK);

    private final WatchedTrip trip;
    private final MonitoringSettings settings;
    private final CorridorIndex corridor;
    private volatile UnlockPolicy unlockPolicy;
    private final Set<AlertType> open = EnumSet.noneOf(AlertType.class);
    /**
     * Raised by this monitor and not yet carried out: a batch of readings (a backlog after a tunnel, a
     * log replayed after a fail-over) may raise a condition and end it again before the batch is
     * stored, and the end must not be lost because the raise was not yet counted as open.
     */
    private final Set<AlertType> raising = EnumSet.noneOf(AlertType.class);

    private final List<CommandedUnlock> commandedUnlocks = new ArrayList<>(1);
    private Reading latest;

    private TripState state;
    private Instant lastDeviceTime = Instant.MIN;
    private Instant lastReceivedAt;
    private double lastLat = Double.NaN, lastLon = Double.NaN;
    private Instant lastFixTime;
    private int outsideCount, insideCount, departureCount, arrivalCount;
    private double stopLat = Double.NaN, stopLon = Double.NaN;
    private Instant stopSince;
    private boolean authorisedUnlock;
    private final Deque<long[]> battery = new ArrayDeque<>(); // [epochSecond, percent]

    public TripMonitor(
            MonitoredTrip trip, MonitoringSettings settings, UnlockPolicy unlockPolicy, Instant watchingSince) {
        this.trip = WatchedTrip.of(trip);
        this.settings = settings;
        this.unlockPolicy = unlockPolicy;
        this.state = trip.state();
        this.lastReceivedAt = watchingSince;
        this.corridor = new CorridorIndex(
                trip.route(),
                trip.corridorWidthMeters() / 2.0,
                trip.corridorWidthMeters() / 2.0 + settings.corridorMarginMeters());
    }

    /** Seal events count every occurrence on their open alert; conditions are raised once until they end. */
    public static boolean countsEveryOccurrence(AlertType type) {
        return EVENT_ALERTS.contains(type);
    }

    public WatchedTrip trip() {
        return trip;
    }

    public MonitoringSettings settings() {
        return settings;
    }

    /** The newest reading by device time, or null before the first. */
    public synchronized Reading latest() {
        return latest;
    }

    public synchronized TripState state() {
        return state;
    }

    public synchronized void stateChanged(TripState newState) {
        state = newState;
    }

    public void unlockPolicy(UnlockPolicy policy) {
        this.unlockPolicy = policy;
    }

    /** The alerts open in the store (after a restart), which replace whatever a replay concluded. */
    public synchronized void openAlerts(Set<AlertType> types) {
        open.clear();
        open.addAll(types);
        raising.clear(); // what a replay concluded was not carried out
    }

    /** The last valid fix, as {latitude, longitude}, or null before the first. */
    public synchronized double[] lastFix() {
        return lastFixTime == null ? null : new double[] {lastLat, lastLon};
    }

    /**
     * An unlock Rantai itself commanded, accepted at {@code from} and answered at the latest by
     * {@code until}: the seal's own report of it, naming no method or the remote one, is expected
     * wherever the seal is, and raises nothing.
     */
    public synchronized void expectUnlock(java.util.UUID commandId, Instant from, Instant until) {
        commandedUnlocks.removeIf(c -> c.until().isBefore(from));
        commandedUnlocks.add(new CommandedUnlock(commandId, from, until));
    }

    /** The seal said the commanded unlock failed: a report of an unlock is no longer expected from it. */
    public synchronized void unlockFailed(java.util.UUID commandId) {
        commandedUnlocks.removeIf(c -> c.commandId().equals(commandId));
    }

    /** An outcome was carried out (an alert stored, a clear stored): only now does the monitor count it. */
    public synchronized void stored(Outcome o) {
        if (o instanceof Outcome.Raise r) {
            raising.remove(r.type());
            open.add(r.type());
        } else if (o instanceof Outcome.Clear c) {
            raising.remove(c.type());
            open.remove(c.type());
        }
    }

    /**
     * An outcome could not be carried out: a raise is forgotten, so the condition's next occurrence
     * raises it again instead of it being silenced.
     */
    public synchronized void notStored(Outcome o) {
        if (o instanceof Outcome.Raise r) {
            raising.remove(r.type());
        }
    }

    /** Open, or raised and about to be: what a rule that ends a condition must consider. */
    private boolean raised(AlertType type) {
        return open.contains(type) || raising.contains(type);
    }

    /** Whether an alert of this type is open as far as this monitor knows. */
    public synchronized boolean isOpen(AlertType type) {
        return open.contains(type);
    }

    /** The alert was resolved by a person; if the condition still holds it will open again. */
    public synchronized void resolved(AlertType type) {
        open.remove(type);
        raising.remove(type);
    }

    /** Replays a stored reading after a restart: rebuilds the state, concludes nothing. */
    public synchronized void restore(Reading r) {
        evaluate(r);
    }

    public synchronized List<Outcome> evaluate(Reading r) {
        List<Outcome> out = new ArrayList<>(2);
        if (r.receivedAt().isAfter(lastReceivedAt)) {
            lastReceivedAt = r.receivedAt();
        }
        if (raised(AlertType.SIGNAL_LOST)) {
            clear(out, AlertType.SIGNAL_LOST, r.receivedAt(), "signal recovered");
        }
        sealEvents(r, out);
        boolean late = !r.deviceTime().isAfter(lastDeviceTime);
        if (late) {
            // A buffered reading older than what was already evaluated: its events count (a cut cable
            // is a cut cable whenever it is heard of), but its position no longer describes the trip.
            return out;
        }
        lastDeviceTime = r.deviceTime();
        latest = r;
        batteryRules(r, out);
        if (r.fixValid()
                && r.hasPosition()
                && (Double.isNaN(r.accuracy()) || r.accuracy() <= settings.maxAccuracyMeters())) {
            positionRules(r, out);
        }
        etaRule(r.deviceTime(), r, out);
        return out;
    }

    /** What the passing of time alone concludes: a seal that stopped reporting, an overdue trip. */
    public synchronized List<Outcome> tick(Instant now) {
        List<Outcome> out = new ArrayList<>(1);
        if (!raised(AlertType.SIGNAL_LOST)
                && now.isAfter(lastReceivedAt.plus(settings.reportingInterval()).plus(settings.signalGrace()))) {
            raise(
                    out,
                    new Outcome.Raise(
                            AlertType.SIGNAL_LOST,
                            lastFixTime == null ? lastReceivedAt : lastFixTime,
                            lastLat,
                            lastLon,
                            "no report since " + lastReceivedAt));
        }
        etaRule(now, null, out);
        return out;
    }

    private void sealEvents(Reading r, List<Outcome> out) {
        boolean inDestination = r.hasPosition() && trip.destination().contains(r.latitude(), r.longitude());
        if (r.has(SealEvent.UNLOCKED)) {
            boolean commanded = (r.unlockMethod() == null || r.unlockMethod() == UnlockMethod.REMOTE)
                    && commandedUnlocks.stream().anyMatch(c -> c.covers(r));
            boolean allowed = commanded || inDestination && unlockPolicy.allows(r.unlockMethod(), r.rfidCard());
            if (allowed) {
                authorisedUnlock = true;
            } else {
                raise(
                        out,
                        Outcome.Raise.at(
                                AlertType.UNAUTHORISED_UNLOCK,
                                r,
                                "unlocked by "
                                        + (r.unlockMethod() == null ? "an unknown method" : r.unlockMethod())
                                        + (r.rfidCard() == null ? "" : " card " + r.rfidCard())
                                        + (inDestination
                                                ? " inside the destination, not authorised for this trip"
                                                : " outside the destination")));
            }
        }
        if (r.has(SealEvent.FORCED_OPEN)) {
            raise(out, Outcome.Raise.at(AlertType.SEAL_OPENED, r, "forced open"));
        } else if (r.has(SealEvent.OPENED) && !(authorisedUnlock && inDestination)) {
            raise(
                    out,
                    Outcome.Raise.at(
                            AlertType.SEAL_OPENED, r, "opened without an authorised unlock at the destination"));
        }
        if (r.has(SealEvent.TAMPER)) {
            raise(out, Outcome.Raise.at(AlertType.SEAL_TAMPERED, r, "cable cut or housing tampered with"));
        }
        if (r.has(SealEvent.LOW_BATTERY)) {
            raise(out, Outcome.Raise.at(AlertType.LOW_BATTERY, r, "the seal reports low battery"));
        }
    }

    private void batteryRules(Reading r, List<Outcome> out) {
        if (r.batteryPercent() < 0) {
            return;
        }
        if (r.batteryPercent() < settings.lowBatteryPercent()) {
            raise(out, Outcome.Raise.at(AlertType.LOW_BATTERY, r, "battery at " + r.batteryPercent() + "%"));
        }
        long now = r.deviceTime().getEpochSecond();
        // One sample per few minutes is plenty for a trend and keeps the history small: a seal
        // reporting every 30 s would otherwise hold 1,440 samples per trip.
        if (battery.isEmpty() || now - battery.peekLast()[0] >= BATTERY_SAMPLE_EVERY.toSeconds()) {
            battery.addLast(new long[] {now, r.batteryPercent()});
        }
        while (battery.size() > 2 && now - battery.peekFirst()[0] > BATTERY_WINDOW.toSeconds()) {
            battery.removeFirst();
        }
        long[] first = battery.peekFirst();
        long span = now - first[0];
        double drop = first[1] - r.batteryPercent();
        if (span >= MIN_BATTERY_SPAN.toSeconds() && drop > 0 && state != TripState.ARRIVED) {
            double secondsLeft = r.batteryPercent() / (drop / span);
            Instant empty = r.deviceTime().plusSeconds((long) secondsLeft);
            if (empty.isBefore(trip.eta())) {
                raise(
                        out,
                        Outcome.Raise.at(
                                AlertType.BATTERY_WILL_NOT_LAST,
                                r,
                                "at the present rate the battery is empty at " + empty + ", before the ETA "
                                        + trip.eta()));
            }
        }
    }

    private void positionRules(Reading r, List<Outcome> out) {
        double lat = r.latitude(), lon = r.longitude();
        boolean inOrigin = trip.origin().contains(lat, lon);
        boolean inDestination = trip.destination().contains(lat, lon);

        if (state == TripState.INSTALLED) {
            departureCount = inOrigin ? 0 : departureCount + 1;
            if (departureCount >= settings.geofenceReadings()) {
                state = TripState.IN_TRANSIT;
                out.add(new Outcome.Departed(r.deviceTime()));
            }
        }
        if ((state == TripState.INSTALLED || state == TripState.IN_TRANSIT)) {
            arrivalCount = inDestination ? arrivalCount + 1 : 0;
            if (arrivalCount >= settings.geofenceReadings()) {
                state = TripState.ARRIVED;
                out.add(new Outcome.Arrived(r.deviceTime()));
            }
        }

        corridorRule(r, inOrigin || inDestination, out);
        speedRule(r, out);
        stopRule(r, inOrigin || inDestination, out);
        lastLat = lat;
        lastLon = lon;
        lastFixTime = r.deviceTime();
    }

    private void corridorRule(Reading r, boolean inAPlace, List<Outcome> out) {
        double half = corridor.halfWidthMeters();
        double d = inAPlace || corridor.contains(r.latitude(), r.longitude())
                ? 0
                : corridor.distanceMeters(r.latitude(), r.longitude());
        if (d <= half) {
            outsideCount = 0;
            insideCount++;
            if (raised(AlertType.CORRIDOR_EXIT) && insideCount >= settings.corridorReentryReadings()) {
                clear(out, AlertType.CORRIDOR_EXIT, r.deviceTime(), "back inside the corridor");
            }
            return;
        }
        insideCount = 0;
        outsideCount++;
        boolean clearlyOutside = d > half + settings.corridorMarginMeters();
        if (clearlyOutside || outsideCount >= settings.corridorExitReadings()) {
            raise(
                    out,
                    Outcome.Raise.at(
                            AlertType.CORRIDOR_EXIT,
                            r,
                            Double.isInfinite(d)
                                    ? "more than " + Math.round(half + settings.corridorMarginMeters())
                                            + " m from the route"
                                    : Math.round(d) + " m from the route, corridor half-width " + Math.round(half)
                                            + " m"));
        }
    }

    private void speedRule(Reading r, List<Outcome> out) {
        if (!Double.isNaN(r.speedKmh()) && r.speedKmh() > settings.maxSpeedKmh()) {
            raise(
                    out,
                    Outcome.Raise.at(AlertType.IMPLAUSIBLE_SPEED, r, "reported " + Math.round(r.speedKmh()) + " km/h"));
            return;
        }
        if (lastFixTime != null) {
            double seconds = Duration.between(lastFixTime, r.deviceTime()).toMillis() / 1000.0;
            if (seconds >= 1) {
                double kmh = Geodesy.distance(lastLat, lastLon, r.latitude(), r.longitude()) / seconds * 3.6;
                if (kmh > settings.maxSpeedKmh() * 1.5) {
                    raise(
                            out,
                            Outcome.Raise.at(
                                    AlertType.IMPLAUSIBLE_SPEED,
                                    r,
                                    "moved at " + Math.round(kmh) + " km/h between two fixes"));
                }
            }
        }
    }

    private void stopRule(Reading r, boolean inAPlace, List<Outcome> out) {
        boolean slow = Double.isNaN(r.speedKmh()) || r.speedKmh() < settings.stopSpeedKmh();
        boolean near = stopSince != null
                && Geodesy.distance(stopLat, stopLon, r.latitude(), r.longitude()) <= settings.stopRadiusMeters();
        if (!slow || !near || inAPlace) {
            if (raised(AlertType.UNPLANNED_STOP) && (!slow || !near)) {
                clear(out, AlertType.UNPLANNED_STOP, r.deviceTime(), "moving again");
            }
            stopSince = slow && !inAPlace ? r.deviceTime() : null;
            stopLat = r.latitude();
            stopLon = r.longitude();
            return;
        }
        if (Duration.between(stopSince, r.deviceTime()).compareTo(settings.stopThreshold()) > 0) {
            raise(out, Outcome.Raise.at(AlertType.UNPLANNED_STOP, r, "stopped since " + stopSince));
        }
    }

    private void etaRule(Instant now, Reading r, List<Outcome> out) {
        if (state != TripState.ARRIVED
                && !raised(AlertType.ETA_OVERRUN)
                && now.isAfter(trip.eta().plus(settings.etaGrace()))) {
            raise(
                    out,
                    new Outcome.Raise(
                            AlertType.ETA_OVERRUN,
                            now,
                            r == null ? lastLat : r.latitude(),
                            r == null ? lastLon : r.longitude(),
                            "not arrived; ETA was " + trip.eta()));
        }
    }

    /**
     * Seal events are each an occurrence worth counting on the open alert; a condition that still
     * holds (still outside, still low) is not news, so it is raised once until it ends or is resolved.
     * One reading raises a type at most once.
     */
    private void raise(List<Outcome> out, Outcome.Raise raise) {
        if (raised(raise.type()) && !EVENT_ALERTS.contains(raise.type())) {
            return;
        }
        for (Outcome o : out) {
            if (o instanceof Outcome.Raise r && r.type() == raise.type()) {
                return;
            }
        }
        out.add(raise);
        raising.add(raise.type());
    }

    private void clear(List<Outcome> out, AlertType type, Instant at, String note) {
        out.add(new Outcome.Clear(type, at, note));
    }

    /** A commanded unlock's window; a report by either the device's clock or the receive time inside it matches. */
    private record CommandedUnlock(java.util.UUID commandId, Instant from, Instant until) {
        private static final Duration SLACK = Duration.ofMinutes(1);

        boolean covers(Reading r) {
            return within(r.receivedAt()) || within(r.deviceTime());
        }

        private boolean within(Instant t) {
            return !t.isBefore(from.minus(SLACK)) && !t.isAfter(until.plus(SLACK));
        }
    }
}
