package id.rantai.eseal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The e-seal module's API for monitoring: which trips to watch, and the moves telemetry makes. */
public interface MonitoredTrips {
    /** Every trip whose seal is installed and not yet removed (INSTALLED, IN_TRANSIT, ARRIVED). */
    List<MonitoredTrip> active();

    Optional<MonitoredTrip> find(UUID tripId);

    /**
     * The customs office of each installed seal's trip, by seal: all a reading's thresholds depend
     * on, without the route plans {@link #active()} reads.
     */
    Map<UUID, UUID> activeSealOffices();

    /** The seal left its origin: INSTALLED becomes IN_TRANSIT. Ignored in any other state. */
    void departed(UUID tripId, Instant at);

    /** The seal reached its destination: IN_TRANSIT (or INSTALLED) becomes ARRIVED. Ignored otherwise. */
    void arrived(UUID tripId, Instant at);
}
