package id.rantai.monitoring.health;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.rantai.eseal.SealStatus;
import id.rantai.eseal.SealUsage;
import id.rantai.eseal.SealUsage.SealSummary;
import id.rantai.eseal.SealUsage.TripWindow;
import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.ingest.Refusals;
import id.rantai.monitoring.rules.OfficeSettings;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Device health for providers, whom the SOP makes answerable for the availability and reliability
 * of their seals: each seal's last contact, firmware and battery trend, the seals on a trip that
 * went quiet, and how much of its time on trips each seal was reachable.
 */
@Service
public class SealHealth {
    static final Duration TREND_WINDOW = Duration.ofHours(24);

    private final SealUsage usage;
    private final JdbcSealHistory history;
    private final OfficeSettings settings;
    private final Refusals refusals;
    private final Clock clock;

    SealHealth(SealUsage usage, JdbcSealHistory history, OfficeSettings settings, Refusals refusals, Clock clock) {
        this.refusals = refusals;
        this.usage = usage;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A seal as its inventory lists it (in JSON, its fields at the top level), with how it is doing.
     *
     * @param batteryTrendPerHour percentage points per hour over the last day (negative: draining), null without data
     * @param online              reported within the reporting interval and grace
     * @param readingProblems     readings refused, per reason (the field at fault), and readings stored at their
     *                            receive time because the device clock could not be right (reason {@code deviceClock})
     */
    public record SealState(
            @JsonUnwrapped SealSummary seal,
            @Nullable Double batteryTrendPerHour,
            boolean online,
            List<Refusals.Refusal> readingProblems) {
        /** On a container and not reporting: the provider's work list. */
        public boolean offline() {
            return seal.status() == SealStatus.INSTALLED && !online;
        }
    }

    /**
     * @param onTripSeconds    time on containers within the period
     * @param reachableSeconds of that, time not under a signal-lost alert
     * @param availability     reachable ÷ on-trip, null when the seal was on no trip
     * @param signalLosses     signal-lost alerts opened in the period
     */
    public record Availability(
            UUID sealId,
            String serialNumber,
            long onTripSeconds,
            long reachableSeconds,
            @Nullable Double availability,
            int signalLosses,
            int disruptions) {}

    public List<SealState> states(Actor actor) {
        UUID provider = provider(actor);
        Instant now = clock.instant();
        MonitoringSettings s = settings.defaults();
        Duration quiet = s.reportingInterval().plus(s.signalGrace());
        List<SealState> out = new ArrayList<>();
        List<SealSummary> seals = usage.seals(provider);
        Map<UUID, List<Refusals.Refusal>> problems =
                refusals.ofSeals(seals.stream().map(SealSummary::sealId).toList());
        for (SealSummary seal : seals) {
            out.add(new SealState(
                    seal,
                    trend(seal.sealId(), now),
                    seal.lastContactAt() != null && seal.lastContactAt().isAfter(now.minus(quiet)),
                    problems.getOrDefault(seal.sealId(), List.of())));
        }
        return out;
    }

    /** Seals on a container that are not reporting: the provider's work list. */
    public List<SealState> offline(Actor actor) {
        return states(actor).stream().filter(SealState::offline).toList();
    }

    public List<Availability> availability(Actor actor, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from");
        }
        UUID provider = provider(actor);
        Instant end = to.isAfter(clock.instant()) ? clock.instant() : to;
        Map<UUID, List<TripWindow>> windows = new HashMap<>();
        usage.windows(provider, from, to)
                .forEach(w -> windows.computeIfAbsent(w.sealId(), k -> new ArrayList<>())
                        .add(w));
        Map<UUID, Integer> disruptions = usage.disruptions(provider, from, to);
        List<Availability> out = new ArrayList<>();
        for (SealSummary seal : usage.seals(provider)) {
            long onTrip = 0, lost = 0;
            int losses = 0;
            for (TripWindow w : windows.getOrDefault(seal.sealId(), List.of())) {
                Instant a = max(w.installedAt(), from), b = min(w.removedAt() == null ? end : w.removedAt(), end);
                if (!b.isAfter(a)) {
                    continue;
                }
                onTrip += Duration.between(a, b).toSeconds();
                for (Instant[] gap : signalLost(w.tripId())) {
                    Instant ga = max(gap[0], a), gb = min(gap[1] == null ? b : gap[1], b);
                    if (gb.isAfter(ga)) {
                        lost += Duration.between(ga, gb).toSeconds();
                    }
                    if (!gap[0].isBefore(from) && gap[0].isBefore(to)) {
                        losses++;
                    }
                }
            }
            Double availability = onTrip == 0 ? null : Math.round(10000.0 * (onTrip - lost) / onTrip) / 10000.0;
            out.add(new Availability(
                    seal.sealId(),
                    seal.serialNumber(),
                    onTrip,
                    onTrip - lost,
                    availability,
                    losses,
                    disruptions.getOrDefault(seal.sealId(), 0)));
        }
        return out;
    }

    private List<Instant[]> signalLost(UUID tripId) {
        return history.signalLost(tripId);
    }

    /** One point of a seal's battery history. */
    public record BatterySample(Instant at, int percent) {}

    /**
     * A provider's seal's battery over the last {@code hours}, thinned to at most {@code points}
     * samples (every n-th, the last always kept) so a chart of a week stays light.
     */
    public List<BatterySample> batteryHistory(Actor actor, UUID sealId, int hours, int points) {
        UUID provider = provider(actor);
        if (usage.seals(provider).stream().noneMatch(s -> s.sealId().equals(sealId))) {
            throw new id.rantai.shared.NotFoundException("Seal", sealId);
        }
        if (hours < 1 || hours > 24 * 31) {
            throw InvalidInputException.worded("hours", "between", 1, 744);
        }
        List<BatterySample> all = history.battery(sealId, clock.instant().minus(Duration.ofHours(hours)));
        int step = Math.max(1, (all.size() + points - 1) / Math.max(1, points));
        List<BatterySample> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += step) {
            out.add(all.get(i));
        }
        if (!all.isEmpty() && out.get(out.size() - 1) != all.get(all.size() - 1)) {
            out.add(all.get(all.size() - 1));
        }
        return out;
    }

    /** Battery change per hour between the first and last report of the last day. */
    private @Nullable Double trend(UUID sealId, Instant now) {
        List<BatterySample> ends = history.battery(sealId, now.minus(TREND_WINDOW));
        if (ends.size() < 2) {
            return null;
        }
        BatterySample first = ends.get(0), last = ends.get(ends.size() - 1);
        double hours = Duration.between(first.at(), last.at()).toSeconds() / 3600.0;
        return hours <= 0 ? null : Math.round((last.percent() - first.percent()) / hours * 100) / 100.0;
    }

    private static UUID provider(Actor actor) {
        if (!actor.isOfKind(OrganisationKind.ESEAL_PROVIDER)) {
            throw new ForbiddenException("Device health is the e-seal provider's view");
        }
        return actor.organisationId();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
