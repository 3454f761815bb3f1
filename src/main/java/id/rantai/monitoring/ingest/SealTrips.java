package id.rantai.monitoring.ingest;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which active trip a seal is on, so that the journal files each reading with its trip. */
public interface SealTrips {
    @Nullable
    UUID activeTrip(UUID sealId);
}
