package id.rantai.monitoring.ingest;

import id.rantai.monitoring.MonitoringSettings;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which active trip a seal is on, so that the journal files each reading with its trip, and the
 * thresholds its readings are checked against on arrival.
 */
public interface SealTrips {
    @Nullable
    UUID activeTrip(UUID sealId);

    /** The thresholds a seal's readings are held to: its trip's office's, or the defaults off a trip. */
    MonitoringSettings settingsForSeal(UUID sealId);
}
