package id.rantai.eseal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The e-seal module's API for monitoring: which trips to watch, and the moves telemetry makes. */
public interface MonitoredTrips {
    /** Every trip whose seal is installed and not yet removed (INSTALLED, IN_TRANSIT, ARRIVED). */
    List<MonitoredTrip> active();

    Optional<MonitoredTrip> find(UUID tripId);

    /**
     * Every active trip as its seal and office only, without the route plans {@link #active()}
     * reads: what a reading's thresholds depend on, and enough to find a trip nobody watches.
     */
    List<SealedTrip> sealedTrips();

    /** An active trip, its seal and its customs office. */
    record SealedTrip(UUID tripId, UUID sealId, UUID customsOfficeId) {}

    /** The seal left its origin: INSTALLED becomes IN_TRANSIT. Ignored in any other state. */
    void departed(UUID tripId, Instant at);

    /** The seal reached its destination: IN_TRANSIT (or INSTALLED) becomes ARRIVED. Ignored otherwise. */
    void arrived(UUID tripId, Instant at);
}
