package id.rantai.eseal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the e-seal module knows about how a provider's seals were used, for availability reports. */
public interface SealUsage {

    /** A seal as listed in its provider's inventory. */
    record SealSummary(
            UUID sealId,
            String serialNumber,
            String model,
            @Nullable String firmware,
            SealStatus status,
            @Nullable Integer batteryPercent,
            @Nullable Instant lastContactAt) {}

    /** When a seal was on a container: from installation to removal (or cancellation, or still on). */
    record TripWindow(
            UUID sealId,
            UUID tripId,
            Instant installedAt,
            @Nullable Instant removedAt) {}

    List<SealSummary> seals(UUID providerId);

    /** Trip windows of the provider's seals that overlap [from, to). */
    List<TripWindow> windows(UUID providerId, Instant from, Instant to);

    /** Disruption reports per seal, filed in [from, to). */
    Map<UUID, Integer> disruptions(UUID providerId, Instant from, Instant to);
}
