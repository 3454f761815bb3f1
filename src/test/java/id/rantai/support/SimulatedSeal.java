package id.rantai.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** A seal on a truck, for tests: it walks a route and reports over the real telemetry endpoint. */
public final class SimulatedSeal {
    public final String serial;
    public final String secret;
    private final Api api;
    private final MutableClock clock;
    private long sequence;
    private Runnable settle = () -> {};

    public SimulatedSeal(Api api, MutableClock clock, String serial, String secret) {
        this.api = api;
        this.clock = clock;
        this.serial = serial;
        this.secret = secret;
    }

    /**
     * What to wait for after each acknowledged report: the rules run after the acknowledgement, so a
     * test that asserts alerts or trip states next passes the rule stage's wait here.
     */
    public SimulatedSeal settleWith(Runnable settle) {
        this.settle = settle;
        return this;
    }

    /** One reading as JSON; {@code extra} is appended inside the object (e.g. {@code ,"events":["TAMPER"]}). */
    public String reading(java.time.Instant deviceTime, double lat, double lon, String extra) {
        return String.format(
                Locale.ROOT,
                "{\"deviceTime\":\"%s\",\"sequence\":%d,\"latitude\":%.7f,\"longitude\":%.7f,"
                        + "\"accuracy\":8,\"speedKmh\":18,\"heading\":250,\"battery\":90,\"lockState\":\"LOCKED\"%s}",
                deviceTime,
                sequence++,
                lat,
                lon,
                extra);
    }

    /** Moves the clock on by the reporting interval and reports one position, now. */
    public Response reportAt(double lat, double lon, String extra) {
        clock.advance(java.time.Duration.ofSeconds(30));
        return send(List.of(reading(clock.instant(), lat, lon, extra)));
    }

    public Response send(List<String> readings) {
        Response r = post("{\"readings\":[" + String.join(",", readings) + "]}", serial + ":" + secret);
        settle.run();
        return r;
    }

    public Response post(String body, String credentials) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/telemetry"))
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Points every {@code stepMeters} along a polyline of [lon, lat] pairs. */
    public static List<double[]> along(double[][] lonLat, double stepMeters) {
        List<double[]> out = new ArrayList<>();
        for (int i = 1; i < lonLat.length; i++) {
            double[] a = lonLat[i - 1], b = lonLat[i];
            double len = id.rantai.shared.geo.Geodesy.distance(a[1], a[0], b[1], b[0]);
            int n = Math.max(1, (int) Math.ceil(len / stepMeters));
            for (int k = (i == 1 ? 0 : 1); k <= n; k++) {
                double f = (double) k / n;
                out.add(new double[] {a[1] + (b[1] - a[1]) * f, a[0] + (b[0] - a[0]) * f});
            }
        }
        return out;
    }
}
