package id.rantai.monitoring;

import java.time.Instant;
import java.util.UUID;
import org.springframework.lang.Nullable;

/**
 * One report of one seal. Primitive fields on purpose: this record is what the ingest hot path
 * carries tens of thousands of times a second. Unknown numeric values are {@code NaN} (or -1 for the
 * battery and sequence), never a string-keyed map.
 *
 * @param sequence the device's own message counter, or -1 when it has none
 * @param accuracy horizontal accuracy in metres (from HDOP when that is all a device sends), NaN if unknown
 * @param events   {@link SealEvent} bits
 */
public record Reading(UUID sealId, Instant deviceTime, Instant receivedAt, long sequence, double latitude,
                      double longitude, double altitude, double accuracy, boolean fixValid, double speedKmh,
                      double heading, int batteryPercent, LockState lockState, int events,
                      @Nullable UnlockMethod unlockMethod, @Nullable String rfidCard) {

    public boolean has(SealEvent event) {
        return (events & event.bit()) != 0;
    }

    public boolean hasPosition() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
}
