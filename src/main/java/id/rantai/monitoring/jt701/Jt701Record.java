package id.rantai.monitoring.jt701;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One position record of a JT701/JT600 frame, as the device sent it (raw status bits kept).
 *
 * @param status     the long format's status bits, or -1 in the short format
 * @param battery    percent, -1 unknown, 255 charging
 * @param altitude   metres, NaN in the long format
 * @param eventSource a P45 frame's raw "event source" code, null otherwise
 * @param card       a P45 frame's RFID card, null when none
 */
public record Jt701Record(
        Instant time,
        double latitude,
        double longitude,
        boolean fixValid,
        double speedKmh,
        double course,
        int status,
        int battery,
        int satellites,
        double altitude,
        @Nullable String eventSource,
        @Nullable String card,
        boolean lockEvent) {

    public static final int STATUS_CABLE_CUT = 1 << 3;
    public static final int STATUS_ACK_REQUIRED = 1 << 5;
    public static final int STATUS_LOCKED = 1 << 7;
    public static final int STATUS_LOW_BATTERY = 1 << 11;

    public boolean has(int bit) {
        return status >= 0 && (status & bit) != 0;
    }
}
