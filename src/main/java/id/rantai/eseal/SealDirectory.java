package id.rantai.eseal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Seals as devices, for the channels that receive their reports. */
public interface SealDirectory {
    Optional<SealCredential> bySerial(String serialNumber);

    /** Records what a device last reported about itself; called in batches, cheap on purpose. */
    void contact(UUID sealId, Instant at, @Nullable Integer batteryPercent);
}
