package id.rantai.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for Rantai's ingest, run on the same machine as the server it measures. It first
 * sets up, through the real API, one customs office, company and provider and a number of seals
 * each installed on its own trip; then it drives one of:
 * <ul>
 *   <li>{@code batch}: JSON batches to {@code POST /api/v1/telemetry} over keep-alive connections;</li>
 *   <li>{@code osmand}: one reading per OsmAnd request over keep-alive connections;</li>
 *   <li>{@code latency}: a steady rate of OsmAnd readings while timing, on the live SSE stream, the
 *       alert each seal's one tamper report raises.</li>
 * </ul>
 * Every reading is in its trip's corridor and moves at a plausible speed, so the rules do their
 * full work per reading without raising alerts (except the tamper reports of {@code latency}).
 * It prints what it measured: readings stored per second and request latency percentiles.
 */
public final class IngestLoad {
    static final double[][] ROUTE = {
        {110.4250, -6.9460}, {110.4100, -6.9520}, {110.3900, -6.9600}, {110.3750, -6.9650}, {110.3600, -6.9700}
    };

    /** A registered seal and, once set up, the trip it is installed on. */
    record Seal(String serial, String secret, String id, String trip) {}

    /** The trips the setup created, for counting what was stored. */
    static final List<String> TRIPS = java.util.Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>(Map.of(
                "base",
                "http://localhost:8080",
                "osmand-port",
                "5055",
                "mode",
                "batch",
                "seals",
                "200",
                "seconds",
                "30",
                "connections",
                "32",
                "batch",
                "500",
                "rate",
                "5000",
                "mqtt-port",
                "1883",
                "admin-password",
                System.getenv().getOrDefault("RANTAI_IDENTITY_ADMIN_PASSWORD", "bench-admin-password")));
        a.put("warmup", "5");
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String base = a.get("base");
        // Several instances (rantai.cluster.mode=kafka): their OsmAnd ports, connections spread over them.
        osmandPorts = Arrays.stream(a.get("osmand-port").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        a.put("osmand-port", String.valueOf(osmandPorts[0]));
        if (a.containsKey("stored-from")) {
            storedFrom = List.of(a.get("stored-from").split(","));
            storedPassword = a.get("admin-password");
        }
        int sealCount = Integer.parseInt(a.get("seals"));
        System.out.printf("Setting up %d seals on installed trips at %s ...%n", sealCount, base);
        long t0 = System.nanoTime();
        List<Seal> seals = new Setup(base, a.get("admin-password")).run(sealCount);
        System.out.printf("Set up in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        int seconds = Integer.parseInt(a.get("seconds"));
        warmupSeconds = Integer.parseInt(a.get("warmup"));
        int connections = Integer.parseInt(a.get("connections"));
        URI uri = URI.create(base);
        switch (a.get("mode")) {
            case "batch" ->
                batch(uri.getHost(), uri.getPort(), seals, connections, Integer.parseInt(a.get("batch")), seconds);
            case "osmand" ->
                osmand(uri.getHost(), Integer.parseInt(a.get("osmand-port")), seals, connections, seconds, 0);
            case "mqtt" ->
                mqtt(
                        base,
                        a.get("admin-password"),
                        uri.getHost(),
                        Integer.parseInt(a.get("mqtt-port")),
                        seals,
                        seconds);
            case "latency" ->
                latency(
                        base,
                        a.get("admin-password"),
                        uri.getHost(),
                        Integer.parseInt(a.get("osmand-port")),
                        seals,
                        connections,
                        seconds,
                        Integer.parseInt(a.get("rate")),
                        "tampering",
                        "SEAL_TAMPERED");
            case "stuck-subscriber" -> {
                // Side by side in one run: throughput and alert latency without, then with, a live
                // subscriber that never reads its stream.
                int port = Integer.parseInt(a.get("osmand-port"));
                System.out.println("== without a stuck subscriber");
                osmand(uri.getHost(), port, seals, connections, seconds, 0);
                latency(
                        base,
                        a.get("admin-password"),
                        uri.getHost(),
                        port,
                        seals,
                        connections,
                        seconds,
                        Integer.parseInt(a.get("rate")),
                        "tampering",
                        "SEAL_TAMPERED");
                try (Socket stuck = stuckSubscriber(uri.getHost(), uri.getPort(), a.get("admin-password"))) {
                    System.out.println(
                            "== with a live subscriber that never reads (" + stuck.getLocalSocketAddress() + ")");
                    osmand(uri.getHost(), port, seals, connections, seconds, 0);
                    latency(
                            base,
                            a.get("admin-password"),
                            uri.getHost(),
                            port,
                            seals,
                            connections,
                            seconds,
                            Integer.parseInt(a.get("rate")),
                            "door",
                            "SEAL_OPENED");
                }
            }
            case "setup" -> writeForWrk(seals, java.nio.file.Path.of(a.get("out")));
            default ->
                throw new IllegalArgumentException(
                        "mode must be batch, osmand, mqtt, latency, stuck-subscriber or setup");
        }
        if (a.containsKey("data-dir")) {
            DiskUse.print(base, a.get("admin-password"), a.get("data-dir"), a.get("jdbc-url"));
        }
        System.exit(0);
    }

    /**
     * For {@code bench/osmand.lua}: the seals ({@code seal <serial> <secret>}) and the path they walk
     * ({@code point <lat> <lon>}), so that wrk — far lighter than this generator — drives the load.
     */
    static void writeForWrk(List<Seal> seals, java.nio.file.Path out) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Seal seal : seals) {
            s.append("seal ")
                    .append(seal.serial())
                    .append(' ')
                    .append(seal.secret())
                    .append('\n');
        }
        for (double[] p : PATH) {
            s.append(String.format(Locale.ROOT, "point %.6f %.6f%n", p[0], p[1]));
        }
        java.nio.file.Files.writeString(out, s);
        System.out.printf("%d seals and %d path points written to %s%n", seals.size(), PATH.length, out);
    }

    /** Seconds of load before measuring starts ({@code --warmup}); sustained runs use 60 or more. */
    static int warmupSeconds = 5;

    // ---------------------------------------------------------------- positions

    /** Positions along the middle of the route (never in the origin or destination fence), 100 m apart. */
    static final double[][] PATH = path();

    static double[][] path() {
        List<double[]> out = new ArrayList<>();
        for (int i = 1; i < ROUTE.length; i++) {
            double[] p = ROUTE[i - 1], q = ROUTE[i];
            double len = id.rantai.shared.geo.Geodesy.distance(p[1], p[0], q[1], q[0]);
            int n = (int) Math.ceil(len / 100);
            for (int k = 0; k < n; k++) {
                out.add(new double[] {p[1] + (q[1] - p[1]) * k / n, p[0] + (q[0] - p[0]) * k / n});
            }
        }
        List<double[]> middle = out.subList(12, out.size() - 8);
        List<double[]> backAndForth = new ArrayList<>(middle);
        for (int i = middle.size() - 2; i > 0; i--) {
            backAndForth.add(middle.get(i));
        }
        return backAndForth.toArray(double[][]::new);
    }

    /**
     * Per seal: a device clock that starts now (after the seal's registration, as a real seal's) and
     * moves 10 ms a step, so that even a seal sending hundreds of readings a second stays within the
     * five minutes ahead of the server that Rantai believes; and the next position. Fixes under a
     * second apart are not checked for implied speed, so the 100 m steps raise nothing.
     */
    static final class Walker {
        final Seal seal;
        long step;
        final long start = Instant.now().toEpochMilli();

        Walker(Seal seal) {
            this.seal = seal;
        }

        /** Epoch milliseconds. */
        long nextTime() {
            return start + 10 * step;
        }

        double[] nextPosition() {
            return PATH[(int) (step % PATH.length)];
        }
    }

    /** The seals one connection drives: every {@code connections}-th, starting at its own number. */
    static List<Walker> walkers(List<Seal> seals, int connection, int connections) {
        List<Walker> mine = new ArrayList<>();
        for (int i = connection; i < seals.size(); i += connections) {
            mine.add(new Walker(seals.get(i)));
        }
        return mine;
    }

    // ---------------------------------------------------------------- batch

    static void batch(String host, int port, List<Seal> seals, int connections, int batchSize, int seconds)
            throws Exception {
        Stats stats = new Stats();
        run(connections, seconds, stats, c -> {
            List<Walker> mine = walkers(seals, c, connections);
            return new Client(host, port) {
                int turn;

                @Override
                long once() throws IOException {
                    Walker w = mine.get(turn++ % mine.size());
                    StringBuilder body = new StringBuilder(batchSize * 160).append("{\"readings\":[");
                    for (int k = 0; k < batchSize; k++, w.step++) {
                        double[] p = w.nextPosition();
                        if (k > 0) {
                            body.append(',');
                        }
                        body.append("{\"deviceTime\":")
                                .append(w.nextTime())
                                .append(",\"sequence\":")
                                .append(w.step)
                                .append(String.format(Locale.ROOT, ",\"latitude\":%.6f,\"longitude\":%.6f", p[0], p[1]))
                                .append(
                                        ",\"accuracy\":8,\"speedKmh\":12,\"heading\":250,\"battery\":90,\"lockState\":\"LOCKED\"}");
                    }
                    body.append("]}");
                    String auth = Base64.getEncoder()
                            .encodeToString((w.seal.serial() + ":" + w.seal.secret()).getBytes(StandardCharsets.UTF_8));
                    byte[] payload = body.toString().getBytes(StandardCharsets.UTF_8);
                    String head = "POST /api/v1/telemetry HTTP/1.1\r\nHost: " + host
                            + "\r\nContent-Type: application/json\r\n" + "Authorization: Basic " + auth
                            + "\r\nContent-Length: " + payload.length + "\r\n\r\n";
                    String response = exchange(head.getBytes(StandardCharsets.US_ASCII), payload);
                    Matcher m = STORED.matcher(response);
                    if (!response.startsWith("HTTP/1.1 200") || !m.find()) {
                        throw new IOException(
                                "unexpected response: " + response.substring(0, Math.min(300, response.length())));
                    }
                    return Long.parseLong(m.group(1));
                }
            };
        });
        stats.print("batch endpoint, " + batchSize + " readings per request, " + connections + " connections", seconds);
    }

    static final Pattern STORED = Pattern.compile("\"stored\":(\\d+)");

    // ---------------------------------------------------------------- osmand

    /** The OsmAnd ports of the instances under load; connection {@code c} goes to the {@code c}-th, in turn. */
    static int[] osmandPorts = {5055};

    static int portFor(int connection, int port) {
        return osmandPorts.length > 1 ? osmandPorts[connection % osmandPorts.length] : port;
    }

    static void osmand(String host, int port, List<Seal> seals, int connections, int seconds, int ratePerSecond)
            throws Exception {
        Stats stats = new Stats();
        run(connections, seconds, stats, c -> {
            List<Walker> mine = walkers(seals, c, connections);
            long intervalNanos = ratePerSecond == 0 ? 0 : 1_000_000_000L * connections / ratePerSecond;
            return new Client(host, portFor(c, port)) {
                int turn;
                long due = System.nanoTime();

                @Override
                void pace() {
                    if (intervalNanos > 0) {
                        due += intervalNanos;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                    }
                }

                @Override
                long once() throws IOException {
                    Walker w = mine.get(turn++ % mine.size());
                    double[] p = w.nextPosition();
                    String request = String.format(
                            Locale.ROOT,
                            "GET /?id=%s&secret=%s&timestamp=%d&lat=%.6f&lon=%.6f"
                                    + "&speed=6.5&bearing=250&accuracy=8&batt=90 HTTP/1.1\r\nHost: %s\r\n\r\n",
                            w.seal.serial(),
                            w.seal.secret(),
                            w.nextTime(),
                            p[0],
                            p[1],
                            host);
                    w.step++;
                    String response = exchange(request.getBytes(StandardCharsets.US_ASCII), null);
                    if (!response.startsWith("HTTP/1.1 200")) {
                        throw new IOException("unexpected response: " + response);
                    }
                    return 1;
                }
            };
        });
        stats.print("OsmAnd, one reading per request, " + connections + " keep-alive connections", seconds);
    }

    // ---------------------------------------------------------------- mqtt

    /**
     * Every seal is an MQTT client publishing QoS 1 readings as fast as the broker acknowledges them
     * (up to 100 in flight each) for the measured time; then the run waits until Rantai has stored
     * them all, and the rate is stored readings over the time from the first publish to the last
     * stored reading.
     */
    static void mqtt(String base, String adminPassword, String host, int port, List<Seal> seals, int seconds)
            throws Exception {
        List<org.eclipse.paho.client.mqttv3.MqttAsyncClient> clients = new ArrayList<>();
        for (Seal s : seals) {
            var c = new org.eclipse.paho.client.mqttv3.MqttAsyncClient(
                    "tcp://" + host + ":" + port,
                    "bench-" + s.serial(),
                    new org.eclipse.paho.client.mqttv3.persist.MemoryPersistence());
            var o = new org.eclipse.paho.client.mqttv3.MqttConnectOptions();
            o.setUserName(s.serial());
            o.setPassword(s.secret().toCharArray());
            o.setMaxInflight(100);
            c.connect(o).waitForCompletion();
            clients.add(c);
        }
        AtomicLong published = new AtomicLong();
        long start = System.nanoTime(), end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < seals.size(); i++) {
            var client = clients.get(i);
            Walker w = new Walker(seals.get(i));
            Thread t = new Thread(() -> {
                java.util.concurrent.Semaphore window = new java.util.concurrent.Semaphore(100);
                try {
                    while (System.nanoTime() < end) {
                        window.acquire();
                        double[] p = w.nextPosition();
                        String reading = String.format(
                                Locale.ROOT,
                                "{\"deviceTime\":%d,\"sequence\":%d,\"latitude\":%.6f,"
                                        + "\"longitude\":%.6f,\"accuracy\":8,\"speedKmh\":12,\"battery\":90}",
                                w.nextTime(),
                                w.step,
                                p[0],
                                p[1]);
                        w.step++;
                        client.publish(
                                "rantai/seals/" + w.seal.serial() + "/telemetry",
                                reading.getBytes(StandardCharsets.UTF_8),
                                1,
                                false,
                                null,
                                new org.eclipse.paho.client.mqttv3.IMqttActionListener() {
                                    @Override
                                    public void onSuccess(org.eclipse.paho.client.mqttv3.IMqttToken token) {
                                        published.incrementAndGet();
                                        window.release();
                                    }

                                    @Override
                                    public void onFailure(
                                            org.eclipse.paho.client.mqttv3.IMqttToken token, Throwable e) {
                                        window.release();
                                    }
                                });
                    }
                } catch (Exception e) {
                    System.err.println(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long publishedNanos = System.nanoTime() - start;
        long acked = published.get();
        System.out.printf(
                "MQTT: %,d QoS 1 readings acknowledged in %.1f s = %,.0f/s (%d clients)%n",
                acked, publishedNanos / 1e9, acked / (publishedNanos / 1e9), seals.size());
        Session admin = new Session(base, "admin", adminPassword);
        long stored = 0;
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            stored = 0;
            for (String trip : TRIPS) {
                Matcher m = Pattern.compile("\"points\":(\\d+)").matcher(admin.get("/api/v1/trips/" + trip + "/track"));
                stored += m.find() ? Long.parseLong(m.group(1)) : 0;
            }
            if (stored >= acked) {
                break;
            }
            Thread.sleep(200);
        }
        double storedSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "MQTT end to end: %,d readings stored %.1f s after the first publish = %,.0f readings/s%n",
                stored, storedSeconds, stored / storedSeconds);
        for (var c : clients) {
            c.disconnect();
        }
    }

    // ---------------------------------------------------------------- latency

    /**
     * An administrator's live stream (which carries every seal's positions) on a connection with a
     * tiny receive buffer that is never read: once the buffers are full, Rantai's writes to it block.
     */
    static Socket stuckSubscriber(String host, int port, String adminPassword) throws IOException {
        Socket s = new Socket();
        s.setReceiveBufferSize(1024);
        s.connect(new java.net.InetSocketAddress(host, port));
        String auth = Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        s.getOutputStream()
                .write(("GET /api/v1/live HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/event-stream\r\n"
                                + "Authorization: Basic " + auth + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    /**
     * @param alarm     the OsmAnd alarm each seal sends once during the run
     * @param alertType the alert it raises, timed on the live stream
     */
    static void latency(
            String base,
            String adminPassword,
            String host,
            int port,
            List<Seal> seals,
            int connections,
            int seconds,
            int rate,
            String alarm,
            String alertType)
            throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<long[]> latencies = java.util.Collections.synchronizedList(new ArrayList<>()); // {sent, latency}
        Map<String, String> serialById = new HashMap<>();
        seals.forEach(s -> serialById.put(s.id(), s.serial()));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create(base + "/api/v1/live"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream")
                .build();
        Pattern sealInAlert = Pattern.compile("\"sealId\":\"([0-9a-f-]{36})\"");
        CountDownLatch subscribed = new CountDownLatch(1);
        http.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(line -> {
                    long now = System.nanoTime();
                    if (line.contains("subscribed")) {
                        subscribed.countDown();
                    }
                    if (line.startsWith("data:") && line.contains("\"" + alertType + "\"")) {
                        Matcher m = sealInAlert.matcher(line);
                        if (m.find()) {
                            Long sent = sentAt.remove(serialById.get(m.group(1)));
                            if (sent != null) {
                                latencies.add(new long[] {sent, now - sent});
                            }
                        }
                    }
                }));
        subscribed.await();
        // Steady load from all connections; each seal sends exactly one tamper report, spread over the run.
        Stats stats = new Stats();
        int tamperEvery = Math.max(1, rate * seconds / seals.size());
        AtomicLong counter = new AtomicLong();
        long begun = System.nanoTime();
        run(connections, seconds, stats, c -> {
            List<Walker> mine = walkers(seals, c, connections);
            long intervalNanos = 1_000_000_000L * connections / rate;
            return new Client(host, portFor(c, port)) {
                int turn;
                int tampered;
                long due = System.nanoTime();

                @Override
                void pace() {
                    due += intervalNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }

                @Override
                long once() throws IOException {
                    Walker w = mine.get(turn++ % mine.size());
                    double[] p = w.nextPosition();
                    boolean tamper = counter.incrementAndGet() % tamperEvery == 0 && tampered < mine.size();
                    if (tamper) {
                        w = mine.get(tampered++);
                    }
                    String request = String.format(
                            Locale.ROOT,
                            "GET /?id=%s&secret=%s&timestamp=%d&lat=%.6f&lon=%.6f"
                                    + "&speed=6.5&bearing=250&accuracy=8&batt=90%s HTTP/1.1\r\nHost: %s\r\n\r\n",
                            w.seal.serial(),
                            w.seal.secret(),
                            w.nextTime(),
                            p[0],
                            p[1],
                            tamper ? "&alarm=" + alarm : "",
                            host);
                    w.step++;
                    if (tamper) {
                        sentAt.put(w.seal.serial(), System.nanoTime());
                    }
                    String response = exchange(request.getBytes(StandardCharsets.US_ASCII), null);
                    if (!response.startsWith("HTTP/1.1 200")) {
                        throw new IOException("unexpected response: " + response);
                    }
                    return 1;
                }
            };
        });
        Thread.sleep(1000);
        stats.print("OsmAnd at a steady " + rate + " readings/s, " + connections + " connections", seconds);
        List<long[]> all = new ArrayList<>(latencies);
        long[] l = all.stream().mapToLong(x -> x[1]).sorted().toArray();
        System.out.printf(
                "receipt-to-SSE alert latency over %d alerts: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d not seen)%n",
                l.length, pct(l, 50) / 1e6, pct(l, 99) / 1e6, l.length == 0 ? 0 : l[l.length - 1] / 1e6, sentAt.size());
        long warm = begun + warmupSeconds * 1_000_000_000L;
        long[] m = all.stream()
                .filter(x -> x[0] >= warm)
                .mapToLong(x -> x[1])
                .sorted()
                .toArray();
        System.out.printf(
                "  of which after the " + warmupSeconds
                        + " s warm-up: %d alerts, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                m.length,
                pct(m, 50) / 1e6,
                pct(m, 99) / 1e6,
                m.length == 0 ? 0 : m[m.length - 1] / 1e6);
        StringBuilder slowest = new StringBuilder("  slowest (s after start: ms):");
        all.stream()
                .sorted((a, b) -> Long.compare(b[1], a[1]))
                .limit(8)
                .forEach(x ->
                        slowest.append(String.format(Locale.ROOT, " %.1f: %.0f", (x[0] - begun) / 1e9, x[1] / 1e6)));
        System.out.println(slowest);
    }

    // ---------------------------------------------------------------- plumbing

    interface ClientFactory {
        Client create(int connection) throws IOException;
    }

    static void run(int connections, int seconds, Stats stats, ClientFactory factory) throws Exception {
        List<Thread> threads = new ArrayList<>();
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long end = warmupEnd + seconds * 1_000_000_000L;
        stats.measuring(warmupEnd, seconds);
        for (int c = 0; c < connections; c++) {
            Client client = factory.create(c);
            Stats.Recorder recorder = stats.recorder();
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        client.pace();
                        long start = System.nanoTime();
                        if (start >= end) {
                            break;
                        }
                        long n = client.once();
                        long stop = System.nanoTime();
                        if (start >= warmupEnd) {
                            stats.record(recorder, n, start, stop - start);
                        }
                    }
                } catch (IOException e) {
                    stats.errors.incrementAndGet();
                    System.err.println(e.getMessage());
                } finally {
                    client.close();
                }
            });
            threads.add(t);
            t.start();
        }
        System.out.printf("Running: %d s warm-up, then %d s measured ...%n", warmupSeconds, seconds);
        long[] storedAtStart = {-1};
        Thread sampler = null;
        if (!storedFrom.isEmpty()) {
            sampler = new Thread(() -> {
                java.util.concurrent.locks.LockSupport.parkNanos(warmupEnd - System.nanoTime());
                storedAtStart[0] = storedNow();
            });
            sampler.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (sampler != null) {
            sampler.join();
            long atEnd = storedNow();
            // With a log between the channels and the database, acknowledged is not yet stored: wait
            // until the instances have stored what they acknowledged.
            long drainStart = System.nanoTime();
            long last = atEnd, now;
            while (true) {
                Thread.sleep(1000);
                now = storedNow();
                if (now == last) {
                    break;
                }
                last = now;
            }
            System.out.printf(
                    "stored by the instances in the measured %d s: %,d = %,.0f stored/s; %,d more stored in the %.1f s"
                            + " after the load ended%n",
                    seconds,
                    atEnd - storedAtStart[0],
                    (atEnd - storedAtStart[0]) / (double) seconds,
                    now - atEnd,
                    (System.nanoTime() - drainStart) / 1e9 - 1);
        }
    }

    /** The instances whose {@code rantai_readings_stored_total} is summed (their base addresses). */
    static List<String> storedFrom = List.of();

    static String storedPassword = "";

    static long storedNow() {
        HttpClient http = HttpClient.newHttpClient();
        long sum = 0;
        for (String base : storedFrom) {
            try {
                String body = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                                        .header(
                                                "Authorization",
                                                "Basic "
                                                        + Base64.getEncoder()
                                                                .encodeToString(("admin:" + storedPassword)
                                                                        .getBytes(StandardCharsets.UTF_8)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                Matcher m = Pattern.compile("(?m)^rantai_readings_stored_total\\S* ([0-9.eE+]+)")
                        .matcher(body);
                if (m.find()) {
                    sum += (long) Double.parseDouble(m.group(1));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return sum;
    }

    static final class Stats {
        final AtomicLong readings = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        private final List<Recorder> recorders = java.util.Collections.synchronizedList(new ArrayList<>());
        private long measuredFrom;
        private java.util.concurrent.atomic.AtomicLongArray perMinute =
                new java.util.concurrent.atomic.AtomicLongArray(1);

        /**
         * One per client thread, so that recording a latency takes no lock. Latencies go into a
         * log-linear histogram (1 µs steps below 256 µs, then 128 steps per power of two, under 1 %
         * error), so a ten-minute run at tens of thousands of requests a second keeps every one.
         */
        static final class Recorder {
            final long[] counts = new long[256 + 40 * 128];
            long max;
        }

        static int bucket(long nanos) {
            long us = Math.max(0, nanos / 1000);
            if (us < 256) {
                return (int) us;
            }
            int exp = 63 - Long.numberOfLeadingZeros(us);
            return Math.min(256 + (exp - 8) * 128 + (int) ((us >> (exp - 7)) & 127), 256 + 40 * 128 - 1);
        }

        /** The middle of a bucket, in nanoseconds. */
        static double value(int bucket) {
            if (bucket < 256) {
                return (bucket + 0.5) * 1000;
            }
            int exp = (bucket - 256) / 128 + 8;
            long sub = (bucket - 256) % 128;
            return ((128 + sub) << (exp - 7)) * 1000.0 + (1L << (exp - 7)) * 500.0;
        }

        void measuring(long from, int seconds) {
            measuredFrom = from;
            perMinute = new java.util.concurrent.atomic.AtomicLongArray(seconds / 60 + 1);
        }

        Recorder recorder() {
            Recorder r = new Recorder();
            recorders.add(r);
            return r;
        }

        void record(Recorder r, long n, long startNanos, long nanos) {
            readings.addAndGet(n);
            int minute =
                    (int) Math.min(perMinute.length() - 1, Math.max(0, (startNanos - measuredFrom) / 60_000_000_000L));
            perMinute.addAndGet(minute, n);
            r.counts[bucket(nanos)]++;
            r.max = Math.max(r.max, nanos);
        }

        double percentile(double p) {
            long[] all = new long[256 + 40 * 128];
            long total = 0;
            synchronized (recorders) {
                for (Recorder r : recorders) {
                    for (int i = 0; i < all.length; i++) {
                        all[i] += r.counts[i];
                    }
                }
            }
            for (long c : all) {
                total += c;
            }
            long rank = (long) Math.ceil(p / 100 * total);
            long seen = 0;
            for (int i = 0; i < all.length; i++) {
                seen += all[i];
                if (seen >= rank && all[i] > 0) {
                    return value(i);
                }
            }
            return 0;
        }

        long requests() {
            synchronized (recorders) {
                return recorders.stream()
                        .mapToLong(r -> Arrays.stream(r.counts).sum())
                        .sum();
            }
        }

        void print(String what, int seconds) {
            long max;
            synchronized (recorders) {
                max = recorders.stream().mapToLong(r -> r.max).max().orElse(0);
            }
            System.out.printf(
                    "%s: %,d readings stored in %d s = %,.0f readings/s; %,d requests, latency p50 %.2f ms, "
                            + "p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; %d errors%n",
                    what,
                    readings.get(),
                    seconds,
                    readings.get() / (double) seconds,
                    requests(),
                    percentile(50) / 1e6,
                    percentile(99) / 1e6,
                    percentile(99.9) / 1e6,
                    max / 1e6,
                    errors.get());
            int full = seconds / 60;
            if (full >= 2) {
                StringBuilder minutes = new StringBuilder();
                for (int m = 0; m < full; m++) {
                    minutes.append(m == 0 ? "" : ", ")
                            .append(String.format(Locale.ROOT, "%,.0f", perMinute.get(m) / 60.0));
                }
                double first = perMinute.get(0) / 60.0;
                double last = perMinute.get(full - 1) / 60.0;
                System.out.printf(
                        "  per minute (readings/s): %s; last minute %.0f %% of the first%n",
                        minutes, 100 * last / first);
            }
        }
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    /** One keep-alive HTTP/1.1 connection, reopened when the server closes it (as real clients do). */
    abstract static class Client {
        private final String host;
        private final int port;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        Client(String host, int port) throws IOException {
            this.host = host;
            this.port = port;
            connect();
        }

        private void connect() throws IOException {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 65536);
        }

        /** Waits for the next send time of a paced (open-loop) client; not counted in the latency. */
        void pace() {}

        abstract long once() throws IOException;

        String exchange(byte[] head, byte[] body) throws IOException {
            try {
                return exchangeOnce(head, body);
            } catch (IOException closed) {
                // The server ended the keep-alive connection between requests: reconnect, send again.
                close();
                connect();
                return exchangeOnce(head, body);
            }
        }

        private String exchangeOnce(byte[] head, byte[] body) throws IOException {
            out.write(head);
            if (body != null) {
                out.write(body);
            }
            out.flush();
            StringBuilder headers = new StringBuilder();
            int contentLength = 0;
            boolean chunked = false;
            String line;
            while (!(line = readLine()).isEmpty()) {
                headers.append(line).append('\n');
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    contentLength = Integer.parseInt(line.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            StringBuilder content = new StringBuilder();
            if (chunked) {
                int size;
                while ((size = Integer.parseInt(readLine().trim(), 16)) > 0) {
                    content.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
                    readLine();
                }
                readLine();
            } else if (contentLength > 0) {
                content.append(new String(in.readNBytes(contentLength), StandardCharsets.UTF_8));
            }
            return headers.append('\n').append(content).toString();
        }

        private String readLine() throws IOException {
            StringBuilder s = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    s.append((char) c);
                }
            }
            if (c == -1 && s.isEmpty()) {
                throw new IOException("connection closed");
            }
            return s.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    // ---------------------------------------------------------------- setup through the API

    static final class Setup {
        private final String base;
        private final String adminPassword;
        private final String suffix = UUID.randomUUID().toString().substring(0, 6);

        Setup(String base, String adminPassword) {
            this.base = base;
            this.adminPassword = adminPassword;
        }

        /** Registers seals (10-digit serials, as JT701 device ids) without putting them on trips. */
        List<String> registerOnly(int count) throws Exception {
            Session admin = new Session(base, "admin", adminPassword);
            String provider = id(admin.post(
                    "/api/v1/organisations", "{\"name\":\"Bench Fleet " + suffix + "\",\"kind\":\"ESEAL_PROVIDER\"}"));
            admin.post(
                    "/api/v1/users",
                    "{\"username\":\"fleet-" + suffix + "\",\"password\":\"bench-password\","
                            + "\"fullName\":\"bench\",\"organisationId\":\"" + provider
                            + "\",\"roles\":[\"PROVIDER_STAFF\"]}");
            Session pr = new Session(base, "fleet-" + suffix, "bench-password");
            long first = 5_000_000_000L + (long) (Math.random() * 1_000_000_000L);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = Long.toString(first + i);
                pr.post("/api/v1/seals", "{\"serialNumber\":\"" + id + "\",\"model\":\"JT701\"}");
                ids.add(id);
            }
            return ids;
        }

        List<Seal> run(int count) throws Exception {
            Session admin = new Session(base, "admin", adminPassword);
            String office = id(admin.post(
                    "/api/v1/organisations",
                    "{\"name\":\"Bench Office " + suffix + "\",\"kind\":\"CUSTOMS_OFFICE\",\"code\":\"B-" + suffix
                            + "\",\"timeZone\":\"WIB\"}"));
            String company = id(admin.post(
                    "/api/v1/organisations",
                    "{\"name\":\"Bench Co " + suffix
                            + "\",\"kind\":\"SERVICE_USER\",\"businessRoles\":[\"IMPORTER\"],\"customsOfficeId\":\""
                            + office + "\"}"));
            String provider = id(admin.post(
                    "/api/v1/organisations", "{\"name\":\"Bench Seals " + suffix + "\",\"kind\":\"ESEAL_PROVIDER\"}"));
            for (String[] u : new String[][] {
                {"officer", office, "CUSTOMS_OFFICER"},
                {"company", company, "SERVICE_USER_STAFF"},
                {"provider", provider, "PROVIDER_STAFF"}
            }) {
                admin.post(
                        "/api/v1/users",
                        "{\"username\":\"" + u[0] + "-" + suffix + "\",\"password\":\"bench-password\","
                                + "\"fullName\":\"bench\",\"organisationId\":\"" + u[1] + "\",\"roles\":[\"" + u[2]
                                + "\"]}");
            }
            Session officer = new Session(base, "officer-" + suffix, "bench-password");
            Session co = new Session(base, "company-" + suffix, "bench-password");
            Session pr = new Session(base, "provider-" + suffix, "bench-password");
            String plan =
                    "{\"origin\":{\"name\":\"Port\",\"kind\":\"PORT\",\"geofence\":{\"type\":\"Circle\",\"coordinates\":[110.4250,-6.9460],\"radius\":800}},"
                            + "\"destination\":{\"name\":\"Warehouse\",\"kind\":\"BONDED_WAREHOUSE\",\"geofence\":{\"type\":\"Polygon\",\"coordinates\":"
                            + "[[[110.3560,-6.9740],[110.3640,-6.9740],[110.3640,-6.9660],[110.3560,-6.9660],[110.3560,-6.9740]]]}},"
                            + "\"route\":{\"type\":\"LineString\",\"coordinates\":[[110.4250,-6.9460],[110.4100,-6.9520],[110.3900,-6.9600],[110.3750,-6.9650],[110.3600,-6.9700]]},"
                            + "\"corridorWidthMeters\":500,\"plannedDeparture\":\""
                            + Instant.now().minusSeconds(26L * 86400)
                            + "\",\"eta\":\"" + Instant.now().plusSeconds(30L * 86400) + "\"}";
            List<Seal> seals = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String registered = pr.post(
                        "/api/v1/seals", "{\"serialNumber\":\"B" + suffix + "-" + i + "\",\"model\":\"bench\"}");
                String sealId = field(registered, "id");
                String trip = id(co.post(
                        "/api/v1/trips",
                        "{\"containerNumber\":\"CSQU3054383\",\"providerId\":\"" + provider
                                + "\",\"legalBasis\":{\"documentType\":\"BC_1_2\",\"number\":\"B-" + i
                                + "\",\"date\":\""
                                + java.time.LocalDate.now().minusDays(1) + "\",\"issuingOffice\":\"Bench\"}}"));
                officer.post("/api/v1/trips/" + trip + "/approve", "{}");
                pr.post("/api/v1/trips/" + trip + "/assign-seal", "{\"sealId\":\"" + sealId + "\"}");
                co.put("/api/v1/trips/" + trip + "/route-plan", plan);
                pr.post("/api/v1/trips/" + trip + "/ready-for-installation", "{}");
                co.post(
                        "/api/v1/inspections",
                        "{\"tripId\":\"" + trip + "\",\"inspector\":\"Bench\",\"points\":{"
                                + "\"frontWall\":true,\"leftSide\":true,\"rightSide\":true,\"floor\":true,\"ceilingRoof\":true,"
                                + "\"doors\":true,\"undercarriage\":true}}");
                pr.post("/api/v1/trips/" + trip + "/install", "{}");
                TRIPS.add(trip);
                seals.add(new Seal(field(registered, "serialNumber"), field(registered, "deviceSecret"), sealId, trip));
            }
            return seals;
        }

        static String id(String json) {
            return field(json, "id");
        }

        static String field(String json, String name) {
            Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
            if (!m.find()) {
                throw new IllegalStateException("no " + name + " in " + json);
            }
            return m.group(1);
        }
    }

    /** A logged-in API user: one bcrypt check at login, then the session cookie and CSRF token. */
    static final class Session {
        private final HttpClient http;
        private final CookieManager cookies = new CookieManager();
        private final String base;

        Session(String base, String user, String password) throws Exception {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
            // The login needs the CSRF token as every session write does: a first request sets its cookie.
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-XSRF-TOKEN", csrf())
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("login of " + user + " failed: " + r.statusCode() + " " + r.body());
            }
        }

        String post(String path, String json) throws Exception {
            return send(
                    HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        String get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        String put(String path, String json) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        private String csrf() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse("");
        }

        private String send(HttpRequest.Builder b) throws Exception {
            HttpResponse<String> r = http.send(
                    b.header("Content-Type", "application/json")
                            .header("X-XSRF-TOKEN", csrf())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            return r.body();
        }
    }
}
