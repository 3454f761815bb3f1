package id.rantai.bench;

import id.rantai.eseal.MonitoredTrip;
import id.rantai.eseal.TripParties;
import id.rantai.eseal.TripState;
import id.rantai.monitoring.LockState;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.rules.TripMonitor;
import id.rantai.monitoring.rules.UnlockPolicy;
import id.rantai.shared.geo.CircleGeofence;
import id.rantai.shared.geo.GeoPoint;
import id.rantai.shared.geo.PolygonGeofence;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * How much heap do N monitored trips take? Builds N trip monitors, each with its own road-like
 * route (500 vertices, about 75 km), a circular origin and a polygon destination, feeds every one a
 * few readings so its state is live, and reports the heap in use after a full GC. Run it with the
 * heap limit to be proven, e.g. {@code -Xmx2g}: it fails with OutOfMemoryError if they do not fit.
 */
public final class MonitorFootprint {
    private static final GeometryFactory F = new GeometryFactory();

    public static void main(String[] args) throws Exception {
        int trips = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int vertices = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        long before = usedAfterGc();
        Instant t0 = Instant.parse("2026-11-24T02:00:00Z");
        List<TripMonitor> monitors = new ArrayList<>(trips);
        Random random = new Random(42);
        long segments = 0;
        long start = System.nanoTime();
        for (int i = 0; i < trips; i++) {
            LineString route = roadLikeRoute(random, vertices);
            Coordinate first = route.getCoordinateN(0), last = route.getCoordinateN(route.getNumPoints() - 1);
            var destination = new PolygonGeofence(F.createPolygon(new Coordinate[] {
                new Coordinate(last.x - 0.003, last.y - 0.003), new Coordinate(last.x + 0.003, last.y - 0.003),
                new Coordinate(last.x + 0.003, last.y + 0.003), new Coordinate(last.x - 0.003, last.y + 0.003),
                new Coordinate(last.x - 0.003, last.y - 0.003)
            }));
            MonitoredTrip trip = new MonitoredTrip(
                    UUID.randomUUID(),
                    "ES-20261124-" + i,
                    TripState.IN_TRANSIT,
                    UUID.randomUUID(),
                    "SEAL-" + i,
                    new TripParties(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()),
                    new CircleGeofence(new GeoPoint(first.y, first.x), 800),
                    destination,
                    route,
                    500,
                    t0,
                    t0.plus(Duration.ofHours(6)));
            TripMonitor m = new TripMonitor(trip, MonitoringSettings.defaults(), UnlockPolicy.DEFAULT, t0);
            for (int k = 1; k <= 5; k++) {
                Coordinate c = route.getCoordinateN(20 + k);
                Instant at = t0.plusSeconds(30L * k);
                m.evaluate(new Reading(
                        trip.sealId(),
                        at,
                        at,
                        k,
                        c.y,
                        c.x,
                        Double.NaN,
                        8,
                        true,
                        30,
                        90,
                        80,
                        LockState.LOCKED,
                        0,
                        null,
                        null,
                        null));
            }
            monitors.add(m);
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long after = usedAfterGc();
        System.out.printf(
                "%,d trips with %d-vertex routes: %.0f MiB of heap (%.1f KiB per trip), max heap %.0f MiB; "
                        + "built in %.1f s%n",
                monitors.size(),
                vertices,
                (after - before) / 1048576.0,
                (after - before) / 1024.0 / trips,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                buildSeconds);
    }

    /** Mostly straight road with gentle bends and the odd junction turn, a vertex every ~150 m. */
    static LineString roadLikeRoute(Random random, int vertices) {
        Coordinate[] cs = new Coordinate[vertices];
        double x = 106 + random.nextDouble() * 8,
                y = -8 + random.nextDouble() * 2,
                heading = random.nextDouble() * 6.28;
        for (int i = 0; i < vertices; i++) {
            cs[i] = new Coordinate(x, y);
            heading +=
                    random.nextDouble() < 0.1 ? (random.nextDouble() - 0.5) * 1.2 : (random.nextDouble() - 0.5) * 0.06;
            x += 0.00135 * Math.cos(heading);
            y += 0.00135 * Math.sin(heading);
        }
        return F.createLineString(cs);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
