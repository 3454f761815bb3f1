package id.rantai.monitoring.cluster;

import id.rantai.monitoring.LockState;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.UnlockMethod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reading as a record in the log: its fields in a fixed binary layout (about 130 bytes), because
 * every reading of every seal passes through here and NaN, -1 and null must come back exactly as
 * they went in. The first byte is the layout's version, so a rolling upgrade can read both.
 */
final class ReadingCodec {
    private static final byte VERSION = 1;

    private ReadingCodec() {}

    static byte[] encode(Reading r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(160);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(r.sealId().getMostSignificantBits());
            out.writeLong(r.sealId().getLeastSignificantBits());
            instant(out, r.deviceTime());
            instant(out, r.receivedAt());
            out.writeLong(r.sequence());
            out.writeDouble(r.latitude());
            out.writeDouble(r.longitude());
            out.writeDouble(r.altitude());
            out.writeDouble(r.accuracy());
            out.writeBoolean(r.fixValid());
            out.writeDouble(r.speedKmh());
            out.writeDouble(r.heading());
            out.writeInt(r.batteryPercent());
            out.writeUTF(r.lockState().name());
            out.writeInt(r.events());
            text(out, r.unlockMethod() == null ? null : r.unlockMethod().name());
            text(out, r.rfidCard());
            out.writeBoolean(r.reportedTime() != null);
            if (r.reportedTime() != null) {
                instant(out, r.reportedTime());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Reading decode(byte[] record) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(record))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("Reading record of layout " + version + " is not known here");
            }
            UUID seal = new UUID(in.readLong(), in.readLong());
            Instant deviceTime = instant(in);
            Instant receivedAt = instant(in);
            long sequence = in.readLong();
            double lat = in.readDouble(), lon = in.readDouble(), alt = in.readDouble(), acc = in.readDouble();
            boolean fixValid = in.readBoolean();
            double speed = in.readDouble(), heading = in.readDouble();
            int battery = in.readInt();
            LockState lock = LockState.valueOf(in.readUTF());
            int events = in.readInt();
            String method = text(in);
            String card = text(in);
            Instant reported = in.readBoolean() ? instant(in) : null;
            return new Reading(
                    seal,
                    deviceTime,
                    receivedAt,
                    sequence,
                    lat,
                    lon,
                    alt,
                    acc,
                    fixValid,
                    speed,
                    heading,
                    battery,
                    lock,
                    events,
                    method == null ? null : UnlockMethod.valueOf(method),
                    card,
                    reported);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void instant(DataOutputStream out, Instant t) throws IOException {
        out.writeLong(t.getEpochSecond());
        out.writeInt(t.getNano());
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private static void text(DataOutputStream out, @Nullable String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static @Nullable String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
