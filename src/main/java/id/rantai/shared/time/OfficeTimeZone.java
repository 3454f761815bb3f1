package id.rantai.shared.time;

import java.time.ZoneId;

/**
 * Indonesia's three civil time zones. Every customs office (KPPBC) lies in one of them; times are
 * stored in UTC and shown, reported and counted in working days in the office's zone.
 */
public enum OfficeTimeZone {
    /** Waktu Indonesia Barat, UTC+7: Sumatra, Java, West and Central Kalimantan. */
    WIB("Asia/Jakarta"),
    /** Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, Sulawesi, East and South Kalimantan. */
    WITA("Asia/Makassar"),
    /** Waktu Indonesia Timur, UTC+9: Maluku and Papua. */
    WIT("Asia/Jayapura");

    private final ZoneId zone;

    OfficeTimeZone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
    }

    public ZoneId zone() {
        return zone;
    }
}
