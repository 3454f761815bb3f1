package id.rantai.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Locale;

/** Builds JT701 long-format frames (protocol 0x19) for tests, as a seal would send them. */
public final class Jt701Frames {
    private Jt701Frames() {}

    public static byte[] longFrame(
            String deviceId, Instant time, double lat, double lon, int speed, int status, int battery, int index) {
        return longFrame(deviceId, time, lat, lon, speed, status, battery, index, true);
    }

    /** @param fixValid false for a seal without a GPS fix (which then also dates its records 2000-01-01) */
    public static byte[] longFrame(
            String deviceId,
            Instant time,
            double lat,
            double lon,
            int speed,
            int status,
            int battery,
            int index,
            boolean fixValid) {
        ZonedDateTime t = time.atZone(ZoneOffset.UTC);
        String date = String.format(
                Locale.ROOT,
                "%02d%02d%02d%02d%02d%02d",
                t.getDayOfMonth(),
                t.getMonthValue(),
                t.getYear() % 100,
                t.getHour(),
                t.getMinute(),
                t.getSecond());
        double alat = Math.abs(lat), alon = Math.abs(lon);
        int latDeg = (int) alat, lonDeg = (int) alon;
        long latMin = Math.round((alat - latDeg) * 60 * 10000), lonMin = Math.round((alon - lonDeg) * 60 * 10000);
        int flags = (fixValid ? 1 : 0) | (lat >= 0 ? 2 : 0) | (lon >= 0 ? 4 : 0);
        String position = String.format(Locale.ROOT, "%02d%06d%03d%06d%X", latDeg, latMin, lonDeg, lonMin, flags);
        String body = date + position + String.format(Locale.ROOT, "%02d", speed) + "5A" + "000004D2" + "09"
                + "00000000" + String.format(Locale.ROOT, "%04X%02X", status, battery) + "1234" + "5678" + "14" + "00"
                + "000000";
        String id = String.format(Locale.ROOT, "%10s", deviceId).replace(' ', '0');
        int length = body.length() / 2 + 1; // the record and the index byte: the frame is L + 10 bytes
        String frame = "24" + id + "19" + "10" + String.format(Locale.ROOT, "%04X", length) + body
                + String.format(Locale.ROOT, "%02X", index);
        return HexFormat.of().parseHex(frame);
    }
}
