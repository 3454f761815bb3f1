package id.rantai.bench;

import id.rantai.support.Jt701Frames;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Many JT701 seals at once: registers N seals through the API, opens one TCP connection per seal
 * (all from one non-blocking client thread, as a fleet's worth of devices would hold them open), and
 * has every seal send a position frame asking for an acknowledgement at a fixed interval. Reports
 * readings acknowledged per second (an acknowledgement is sent only after the frame is stored) and
 * acknowledgement latency.
 */
public final class Jt701FleetLoad {

    private static final class Device {
        final String id;
        SocketChannel channel;
        ByteBuffer out;
        final ByteBuffer in = ByteBuffer.allocate(64);
        long sentAt;
        long nextSend;
        int index;
        long step;

        Device(String id) {
            this.id = id;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int jt701Port = Integer.parseInt(args[1]);
        int seals = Integer.parseInt(args[2]);
        long intervalMillis = Long.parseLong(args[3]);
        int seconds = Integer.parseInt(args[4]);
        String adminPassword = args[5];

        System.out.printf("Registering %,d seals ...%n", seals);
        List<String> ids = new IngestLoad.Setup(base, adminPassword).registerOnly(seals);
        Selector selector = Selector.open();
        List<Device> devices = new ArrayList<>();
        long now = System.nanoTime();
        for (int i = 0; i < ids.size(); i++) {
            Device d = new Device(ids.get(i));
            d.channel = SocketChannel.open(new InetSocketAddress("localhost", jt701Port));
            d.channel.configureBlocking(false);
            d.channel.register(selector, SelectionKey.OP_READ, d);
            d.nextSend = now + (intervalMillis * 1_000_000L) * i / ids.size(); // spread the sends evenly
            devices.add(d);
        }
        System.out.printf(
                "%,d connections open; sending one frame per seal every %d ms ...%n", devices.size(), intervalMillis);
        long start = System.nanoTime(), warmupEnd = start + 5_000_000_000L, end = warmupEnd + seconds * 1_000_000_000L;
        long acked = 0;
        long[] latencies = new long[1 << 23];
        int samples = 0;
        // A clock that starts now and moves a second a frame: after registration, never far ahead.
        Instant deviceStart = Instant.now();
        while (System.nanoTime() < end) {
            long t = System.nanoTime();
            for (Device d : devices) {
                if (d.out == null && d.sentAt == 0 && t >= d.nextSend) {
                    d.index = (d.index + 1) % 200;
                    double lat = -6.95 + (d.step % 100) * 0.0001;
                    d.out = ByteBuffer.wrap(Jt701Frames.longFrame(
                            d.id, deviceStart.plusSeconds(d.step++), lat, 110.40, 20, 0x00A0, 80, d.index));
                    d.sentAt = t;
                    d.nextSend += intervalMillis * 1_000_000L;
                }
                if (d.out != null) {
                    d.channel.write(d.out);
                    if (!d.out.hasRemaining()) {
                        d.out = null;
                    }
                }
            }
            selector.select(1);
            for (SelectionKey key : selector.selectedKeys()) {
                Device d = (Device) key.attachment();
                if (d.channel.read(d.in) < 0) {
                    throw new IllegalStateException("server closed the connection of " + d.id);
                }
                // An acknowledgement is "(P69,0,<index>)".
                int close = indexOf(d.in, (byte) ')');
                if (close >= 0) {
                    long done = System.nanoTime();
                    if (d.sentAt >= warmupEnd && done < end) {
                        acked++;
                        if (samples < latencies.length) {
                            latencies[samples++] = done - d.sentAt;
                        }
                    }
                    d.in.clear();
                    d.sentAt = 0;
                }
            }
            selector.selectedKeys().clear();
        }
        long[] l = Arrays.copyOf(latencies, samples);
        Arrays.sort(l);
        System.out.printf(
                "JT701, %,d open connections: %,d frames stored and acknowledged in %d s = %,.0f readings/s; "
                        + "ack latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                devices.size(),
                acked,
                seconds,
                acked / (double) seconds,
                IngestLoad.pct(l, 50) / 1e6,
                IngestLoad.pct(l, 99) / 1e6,
                l.length == 0 ? 0 : l[l.length - 1] / 1e6);
        System.exit(0);
    }

    private static int indexOf(ByteBuffer b, byte value) {
        for (int i = 0; i < b.position(); i++) {
            if (b.get(i) == value) {
                return i;
            }
        }
        return -1;
    }
}
