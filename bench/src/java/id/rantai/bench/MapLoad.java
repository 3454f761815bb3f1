package id.rantai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The live map with thousands of active trips, measured in Debian's Chromium: how long the map
 * takes to show every trip after navigation, and how far behind its report a position reaches the
 * screen while every seal reports every 30 s.
 *
 * <p>Set-up creates the trips through the API (several set-ups in parallel) and gives each seal a
 * first position. The load time is from the navigation's start to the moment the page counts every
 * trip, read with the browser's own clock, three loads. The update lag: a MutationObserver, added
 * from outside the page, notes when the map marks each position shown (the {@code
 * data-last-position} the live map keeps for tests); each is matched to the moment the seal's OsmAnd
 * report was sent — the same machine's clock on both sides.
 *
 * <pre>bench/run-ingest.sh h2 map 5000 60</pre>
 */
public final class MapLoad {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        int osmandPort = Integer.parseInt(args[1]);
        int trips = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String adminPassword = args[4];
        String host = java.net.URI.create(base).getHost();

        long setUpStart = System.nanoTime();
        int parts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parts);
        List<Future<List<IngestLoad.Seal>>> futures = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int count = trips / parts + (p < trips % parts ? 1 : 0);
            futures.add(pool.submit(() -> new IngestLoad.Setup(base, adminPassword).run(count)));
        }
        List<IngestLoad.Seal> seals = new ArrayList<>();
        for (Future<List<IngestLoad.Seal>> f : futures) {
            seals.addAll(f.get());
        }
        pool.shutdown();
        System.out.printf(
                "Set up %d installed trips in %.0f s%n", seals.size(), (System.nanoTime() - setUpStart) / 1e9);

        // Every seal's first position, so that the map has every trip to show.
        long second = Instant.now().getEpochSecond();
        try (Reporter r = new Reporter(host, osmandPort)) {
            for (int i = 0; i < seals.size(); i++) {
                r.report(seals.get(i), second - 60, i);
            }
        }

        Path profile = Files.createTempDirectory("rantai-map-bench");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().window().setSize(new Dimension(1600, 1000));
            driver.get(base + "/signin");
            driver.findElement(By.id("username")).sendKeys("admin");
            driver.findElement(By.id("password")).sendKeys(adminPassword);
            driver.findElement(By.cssSelector("form.stacked button[type=submit]"))
                    .click();
            Thread.sleep(1000);

            double[] loads = new double[5];
            for (int i = 0; i < loads.length; i++) {
                driver.get(base + "/console/map");
                loads[i] = awaitAllShown(driver, seals.size());
                // Where the time went: the page itself, and the positions it asks for.
                Object timing = ((JavascriptExecutor) driver).executeScript("""
                        const nav = performance.getEntriesByType('navigation')[0];
                        const api = performance.getEntriesByType('resource').filter(e => e.name.includes('/api/v1/'))
                            .map(e => e.name.split('/api/v1/')[1].split('?')[0] + ' '
                                + Math.round(e.startTime) + '-' + Math.round(e.responseEnd) + ' ms');
                        return 'page ' + Math.round(nav.responseEnd) + ' ms; ' + api.join(', ');""");
                System.out.printf(
                        Locale.ROOT,
                        "load %d: every trip shown %.0f ms after navigation start (%s)%n",
                        i + 1,
                        loads[i],
                        timing);
            }
            Arrays.sort(loads);
            System.out.printf(
                    Locale.ROOT,
                    "map load with %d trips, %d loads: median %.0f ms, max %.0f ms%n",
                    seals.size(),
                    loads.length,
                    loads[loads.length / 2],
                    loads[loads.length - 1]);

            // Wait for the live stream, then watch the map mark positions while every seal reports every 30 s.
            long deadline = System.currentTimeMillis() + 10_000;
            while (!"on".equals(((JavascriptExecutor) driver).executeScript("return document.body.dataset.live"))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            ((JavascriptExecutor) driver).executeScript("""
                    window.__shown = [];
                    const map = document.getElementById('map');
                    new MutationObserver(() => window.__shown.push([map.dataset.lastPosition, Date.now()]))
                        .observe(map, {attributes: true, attributeFilter: ['data-last-position']});""");
            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            long start = System.currentTimeMillis();
            long nanosPerReport = 30_000_000_000L / seals.size();
            long due = System.nanoTime();
            int sent = 0;
            try (Reporter r = new Reporter(host, osmandPort)) {
                while (System.currentTimeMillis() - start < seconds * 1000L) {
                    IngestLoad.Seal s = seals.get(sent % seals.size());
                    long deviceSecond = Instant.now().getEpochSecond();
                    // One report per seal and second at most, so a position is known by trip and time.
                    String key = s.trip() + "@" + Instant.ofEpochSecond(deviceSecond);
                    if (!sentAt.containsKey(key)) {
                        sentAt.put(key, System.currentTimeMillis());
                        r.report(s, deviceSecond, sent);
                    }
                    sent++;
                    due += nanosPerReport;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
            }
            Thread.sleep(3000);
            @SuppressWarnings("unchecked")
            List<List<Object>> shown =
                    (List<List<Object>>) ((JavascriptExecutor) driver).executeScript("return window.__shown");
            List<Long> lags = new ArrayList<>();
            for (List<Object> s : shown) {
                Long at = sentAt.remove(String.valueOf(s.get(0)));
                if (at != null) {
                    lags.add(((Number) s.get(1)).longValue() - at);
                }
            }
            long[] l = lags.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    Locale.ROOT,
                    "position report to screen, %d trips reporting every 30 s (%.0f reports/s) for %d s: "
                            + "%d shown, p50 %d ms, p99 %d ms, max %d ms; %d not shown%n",
                    seals.size(),
                    seals.size() / 30.0,
                    seconds,
                    l.length,
                    pct(l, 50),
                    pct(l, 99),
                    l.length == 0 ? 0 : l[l.length - 1],
                    sentAt.size());
        } finally {
            driver.quit();
        }
    }

    /**
     * Polls the page until it counts every trip and has drawn them; returns the page's own moment
     * of that (the frame after the markers were placed), in ms since navigation start.
     */
    private static double awaitAllShown(ChromeDriver driver, int trips) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Object at = ((JavascriptExecutor) driver).executeScript("""
                    const c = document.getElementById('trip-count');
                    return c && Number(c.textContent) >= arguments[0] && document.body.dataset.loadedAt
                        ? Number(document.body.dataset.loadedAt) : null;""", trips);
            if (at != null) {
                return ((Number) at).doubleValue();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the map did not show " + trips + " trips within 60 s");
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0
                ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    /** One keep-alive OsmAnd connection. */
    private static final class Reporter implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] buffer = new byte[4096];

        Reporter(String host, int port) throws IOException {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = socket.getInputStream();
        }

        void report(IngestLoad.Seal s, long epochSecond, int step) throws IOException {
            double t = (step % 1000) / 1000.0;
            double lat = -6.9460 - 0.024 * t, lon = 110.4250 - 0.065 * t;
            String request = String.format(
                    Locale.ROOT,
                    "GET /?id=%s&secret=%s&timestamp=%d&lat=%.6f&lon=%.6f&speed=10"
                            + "&bearing=250&accuracy=8&batt=90 HTTP/1.1\r\nHost: bench\r\n\r\n",
                    s.serial(),
                    s.secret(),
                    epochSecond,
                    lat,
                    lon);
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The answer is short and has no body worth reading: read until the headers end.
            String response = readResponse();
            if (!response.startsWith("HTTP/1.1 200")) {
                throw new IOException("unexpected response: " + response);
            }
        }

        private String readResponse() throws IOException {
            StringBuilder sb = new StringBuilder();
            while (!sb.toString().contains("\r\n\r\n")) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IOException("connection closed");
                }
                sb.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
            }
            return sb.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private MapLoad() {}
}
