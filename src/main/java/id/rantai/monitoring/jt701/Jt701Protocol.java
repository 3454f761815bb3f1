package id.rantai.monitoring.jt701;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes JT701/JT600 frames (see {@code shared/protocols/jt701.md}) from complete frame bytes.
 * Plain Java with no I/O, so that the worked examples and a fuzz test exercise exactly what the
 * server runs. Anything malformed throws {@link Jt701Exception}; nothing here reads past the frame.
 */
public final class Jt701Protocol {
    static final int LOCATION_BLOCK = 17;

    private Jt701Protocol() {}

    /** Total length of the binary frame starting at {@code b[0]}, or -1 if fewer than 10 bytes are known. */
    public static int binaryFrameLength(byte[] b, int available) {
        if (available < 10) {
            return -1;
        }
        int length = b[8] == 0 ? u16(b, 8) : u16(b, 7);
        return length + 10;
    }

    public static Jt701Frame decodeBinary(byte[] f) {
        if (f.length < 11 || (f[0] & 0xFF) != 0x24) {
            throw new Jt701Exception("not a binary frame");
        }
        String device = deviceId(f, 1);
        boolean longFormat = f[8] == 0;
        int protocol = longFormat ? f[6] & 0xFF : -1;
        int pos = longFormat ? 10 : 9;
        int end = f.length - 1; // the frame index byte
        int index = f[end] & 0xFF;
        List<Jt701Record> records = new ArrayList<>();
        boolean ackRequired = false;
        while (end - pos >= LOCATION_BLOCK) {
            if (longFormat) {
                if (end - pos < LOCATION_BLOCK + 17) {
                    throw new Jt701Exception("long-format record truncated");
                }
                Location l = location(f, pos);
                int p = pos + LOCATION_BLOCK + 4; // odometer
                int satellites = f[p] & 0xFF;
                int status = u16(f, p + 5);
                int battery = f[p + 7] & 0xFF;
                records.add(l.withStatus(status, battery == 0xFF ? 255 : battery, satellites, Double.NaN));
                ackRequired |= (status & Jt701Record.STATUS_ACK_REQUIRED) != 0;
                pos = end; // one record per long frame; the rest up to the index is vendor data
            } else {
                if (end - pos < LOCATION_BLOCK + 10) {
                    throw new Jt701Exception("short-format record truncated");
                }
                Location l = location(f, pos);
                int p = pos + LOCATION_BLOCK;
                records.add(l.withStatus(-1, -1, f[p] & 0xFF, u16(f, p + 3)));
                pos += LOCATION_BLOCK + 10;
            }
        }
        if (records.isEmpty()) {
            throw new Jt701Exception("frame carries no record");
        }
        String reply = !ackRequired ? null : protocol >= 0x19 ? "(P69,0," + index + ")" : "(P35)";
        return new Jt701Frame(device, protocol, index, records, reply);
    }

    /** Decodes a text frame including its parentheses, e.g. {@code (1234567890,P45,...)}; null for kinds Rantai ignores. */
    public static Jt701Frame decodeText(byte[] raw) {
        if (raw.length < 2 || raw[0] != '(' || raw[raw.length - 1] != ')') {
            throw new Jt701Exception("not a text frame");
        }
        String[] fields = unescape(raw).split(",", -1);
        if (fields.length < 2) {
            throw new Jt701Exception("text frame without a type");
        }
        if (!fields[1].equals("P45")) {
            return null;
        }
        if (fields.length < 17) {
            throw new Jt701Exception("P45 frame has " + fields.length + " fields, needs 17");
        }
        try {
            Instant time = LocalDateTime.of(
                            2000 + i(fields[2], 4, 6),
                            i(fields[2], 2, 4),
                            i(fields[2], 0, 2),
                            i(fields[3], 0, 2),
                            i(fields[3], 2, 4),
                            i(fields[3], 4, 6))
                    .toInstant(ZoneOffset.UTC);
            double lat = Double.parseDouble(fields[4]) * (fields[5].equals("S") ? -1 : 1);
            double lon = Double.parseDouble(fields[6]) * (fields[7].equals("W") ? -1 : 1);
            if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
                throw new Jt701Exception("P45 position out of range");
            }
            boolean valid = fields[8].equals("A");
            double speed = Double.parseDouble(fields[9]);
            double course = Double.parseDouble(fields[10]);
            String card = fields[13].matches("0*") ? null : fields[13];
            int index = Integer.parseInt(fields[16].trim());
            var record = new Jt701Record(
                    time, lat, lon, valid, speed, course, -1, -1, -1, Double.NaN, fields[11], card, true);
            return new Jt701Frame(fields[0], -1, index, List.of(record), "(P69,0," + index + ")");
        } catch (NumberFormatException | DateTimeException | StringIndexOutOfBoundsException e) {
            throw new Jt701Exception("P45 frame malformed: " + e.getMessage());
        }
    }

    private record Location(Instant time, double lat, double lon, boolean valid, double speed, double course) {
        /** A binary frame's record at this location; the P45 fields of text frames stay empty. */
        Jt701Record withStatus(int status, int battery, int satellites, double altitude) {
            return new Jt701Record(
                    time, lat, lon, valid, speed, course, status, battery, satellites, altitude, null, null, false);
        }
    }

    private static Location location(byte[] f, int p) {
        try {
            Instant time = LocalDateTime.of(
                            2000 + bcd(f[p + 2]), bcd(f[p + 1]), bcd(f[p]), bcd(f[p + 3]), bcd(f[p + 4]), bcd(f[p + 5]))
                    .toInstant(ZoneOffset.UTC);
            int latDeg = bcd(f[p + 6]);
            double latMin = (bcd(f[p + 7]) * 10000 + bcd(f[p + 8]) * 100 + bcd(f[p + 9])) / 10000.0;
            int lonDeg = bcd(f[p + 10]) * 10 + nibble(f[p + 11] >> 4);
            double lonMin =
                    (nibble(f[p + 11]) * 100000 + bcd(f[p + 12]) * 1000 + bcd(f[p + 13]) * 10 + nibble(f[p + 14] >> 4))
                            / 10000.0;
            int flags = f[p + 14] & 0x0F;
            double lat = latDeg + latMin / 60;
            double lon = lonDeg + lonMin / 60;
            if (latMin >= 60 || lonMin >= 60 || lat > 90 || lon > 180) {
                throw new Jt701Exception("position out of range");
            }
            lat = (flags & 2) != 0 ? lat : -lat;
            lon = (flags & 4) != 0 ? lon : -lon;
            return new Location(time, lat, lon, (flags & 1) != 0, bcd(f[p + 15]), (f[p + 16] & 0xFF) * 2.0);
        } catch (DateTimeException e) {
            throw new Jt701Exception("invalid date or time");
        }
    }

    private static String deviceId(byte[] f, int p) {
        StringBuilder s = new StringBuilder(10);
        for (int i = 0; i < 5; i++) {
            s.append(nibble(f[p + i] >> 4)).append(nibble(f[p + i]));
        }
        return s.toString().replaceFirst("^0+(?=.)", "");
    }

    private static int bcd(byte b) {
        return nibble(b >> 4) * 10 + nibble(b);
    }

    private static int nibble(int v) {
        int n = v & 0x0F;
        if (n > 9) {
            throw new Jt701Exception("not a BCD digit: " + n);
        }
        return n;
    }

    private static int u16(byte[] b, int p) {
        return ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
    }

    private static int i(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    /** Undoes the {@code =} escapes of text frames and drops the parentheses. */
    static String unescape(byte[] raw) {
        StringBuilder s = new StringBuilder(raw.length);
        for (int i = 1; i < raw.length - 1; i++) {
            byte b = raw[i];
            if (b == 0x3D) {
                if (++i >= raw.length - 1) {
                    throw new Jt701Exception("dangling escape");
                }
                switch (raw[i]) {
                    case 0x15 -> s.append('(');
                    case 0x14 -> s.append(')');
                    case 0x11 -> s.append(',');
                    case 0x00 -> s.append('=');
                    default -> throw new Jt701Exception("unknown escape 0x" + Integer.toHexString(raw[i] & 0xFF));
                }
            } else {
                s.append((char) (b & 0xFF));
            }
        }
        return s.toString();
    }
}
