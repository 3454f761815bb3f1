package id.rantai.monitoring;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One report of one seal. Primitive fields on purpose: this record is what the ingest hot path
 * carries tens of thousands of times a second. Unknown numeric values are {@code NaN} (or -1 for the
 * battery and sequence), never a string-keyed map.
 *
 * @param sequence the device's own message counter, or -1 when it has none
 * @param accuracy horizontal accuracy in metres (from HDOP when that is all a device sends), NaN if unknown
 * @param events   {@link SealEvent} bits
 * @param deviceTime   when the device says it measured; the receive time when its clock was unusable
 * @param reportedTime the time the device gave when it was unusable (no fix yet, reset after a battery
 *                     change), otherwise null
 */
public record Reading(
        UUID sealId,
        Instant deviceTime,
        Instant receivedAt,
        long sequence,
        double latitude,
        double longitude,
        double altitude,
        double accuracy,
        boolean fixValid,
        double speedKmh,
        double heading,
        int batteryPercent,
        LockState lockState,
        int events,
        @Nullable UnlockMethod unlockMethod,
        @Nullable String rfidCard,
        @Nullable Instant reportedTime) {

    /** False when the device's own time could not be used and the receive time stands in for it. */
    public boolean clockValid() {
        return reportedTime == null;
    }

    /**
     * This reading with its receive time as the effective time, keeping the time the device gave.
     * Several such readings of one message share a receive time, so each is set {@code index}
     * microseconds later: their keys stay apart and their order is kept.
     */
    public Reading withReceiveTime(int index) {
        return new Reading(
                sealId,
                receivedAt.plusNanos(index * 1000L),
                receivedAt,
                sequence,
                latitude,
                longitude,
                altitude,
                accuracy,
                fixValid,
                speedKmh,
                heading,
                batteryPercent,
                lockState,
                events,
                unlockMethod,
                rfidCard,
                reportedTime != null ? reportedTime : deviceTime);
    }

    public boolean has(SealEvent event) {
        return (events & event.bit()) != 0;
    }

    public boolean hasPosition() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
}
