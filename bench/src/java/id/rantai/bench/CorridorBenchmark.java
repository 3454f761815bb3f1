package id.rantai.bench;

import id.rantai.monitoring.rules.CorridorIndex;
import id.rantai.shared.geo.Corridor;
import id.rantai.support.Routes;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Is this position inside the trip's corridor? Rantai's {@link CorridorIndex} against JTS
 * {@code PreparedGeometry.contains} on the buffered corridor polygon, side by side in one run, on a
 * winding 2,000-vertex route with a 500 m corridor and positions scattered within 600 m of it (both
 * inside and outside, as real readings are).
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
        value = 2,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class CorridorBenchmark {
    private static final int POINTS = 4096;
    private static final GeometryFactory F = new GeometryFactory();

    private CorridorIndex index;
    private PreparedGeometry prepared;
    private final double[] lat = new double[POINTS];
    private final double[] lon = new double[POINTS];
    private final Point[] points = new Point[POINTS];
    private int next;

    @Setup
    public void setUp() {
        LineString route = Routes.winding(2000, 1);
        index = new CorridorIndex(route, 250, 400);
        prepared = PreparedGeometryFactory.prepare(new Corridor(route, 500).area());
        Random random = new Random(3);
        int inside = 0;
        for (int i = 0; i < POINTS; i++) {
            Coordinate near = route.getCoordinateN(random.nextInt(route.getNumPoints()));
            lat[i] = near.y + (random.nextDouble() - 0.5) * 2 * 600 / 110_574.0;
            lon[i] = near.x + (random.nextDouble() - 0.5) * 2 * 600 / 110_400.0;
            points[i] = F.createPoint(new Coordinate(lon[i], lat[i]));
            inside += index.contains(lat[i], lon[i]) ? 1 : 0;
            if (index.contains(lat[i], lon[i]) != prepared.contains(points[i])
                    && Math.abs(index.distanceMeters(lat[i], lon[i]) - 250) > 2 + 5) {
                throw new IllegalStateException("the two disagree at " + lat[i] + "," + lon[i]);
            }
        }
        System.out.printf("%n%d of %d positions inside the corridor%n", inside, POINTS);
    }

    @Benchmark
    public boolean corridorIndex() {
        int i = next++ & (POINTS - 1);
        return index.contains(lat[i], lon[i]);
    }

    @Benchmark
    public boolean jtsPreparedContains() {
        int i = next++ & (POINTS - 1);
        return prepared.contains(points[i]);
    }
}
