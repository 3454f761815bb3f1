package id.rantai.monitoring.rules;

import id.rantai.shared.geo.LocalProjection;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Answers "how far is this position from the route?" in tens of nanoseconds, for the corridor rule
 * on every reading. Each route segment gets its own local metric frame (metres per degree of
 * latitude and longitude on the WGS84 ellipsoid at the segment's middle), which is exact to well
 * under a metre at corridor distances without projecting every reading; a uniform grid over the
 * route finds the few segments near a position. Distances beyond {@code reachMeters} are not
 * needed by any rule and are reported as infinity.
 */
public final class CorridorIndex {
    private static final double A = 6378137.0;
    private static final double E2 = 0.00669437999014;

    private final double halfWidth;
    private final double reach;
    private final double reach2;
    /** Vertices this close to the simplified line are dropped: invisible at corridor scale, costly in memory. */
    static final double SIMPLIFY_METERS = 5;

    // Segment i: start (lonA, latA) in degrees; vector (dx, dy) in metres and metres per degree
    // (kx, ky) as floats, which are exact to well under a millimetre at these magnitudes.
    private final double[] lonA, latA;
    private final float[] dx, dy, kx, ky;
    private final double minLon, minLat, cellLon, cellLat;
    private final int cols, rows;
    private final int[] cellStart;
    private final int[] cellSegments;

    public CorridorIndex(LineString route, double halfWidthMeters, double reachMeters) {
        this.halfWidth = halfWidthMeters;
        this.reach = Math.max(reachMeters, halfWidthMeters);
        this.reach2 = reach * reach;
        CoordinateSequence cs = simplified(route).getCoordinateSequence();
        int n = cs.size() - 1;
        lonA = new double[n];
        latA = new double[n];
        dx = new float[n];
        dy = new float[n];
        kx = new float[n];
        ky = new float[n];
        double bMinLon = Double.MAX_VALUE,
                bMinLat = Double.MAX_VALUE,
                bMaxLon = -Double.MAX_VALUE,
                bMaxLat = -Double.MAX_VALUE;
        double totalLon = 0, totalLat = 0;
        double minKx = Double.MAX_VALUE, minKy = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double x0 = cs.getX(i), y0 = cs.getY(i), x1 = cs.getX(i + 1), y1 = cs.getY(i + 1);
            double mid = Math.toRadians((y0 + y1) / 2);
            double s = Math.sin(mid);
            double w = 1 - E2 * s * s;
            kx[i] = (float) (Math.toRadians(1) * A * Math.cos(mid) / Math.sqrt(w));
            ky[i] = (float) (Math.toRadians(1) * A * (1 - E2) / (w * Math.sqrt(w)));
            lonA[i] = x0;
            latA[i] = y0;
            dx[i] = (float) ((x1 - x0) * kx[i]);
            dy[i] = (float) ((y1 - y0) * ky[i]);
            minKx = Math.min(minKx, kx[i]);
            minKy = Math.min(minKy, ky[i]);
            bMinLon = Math.min(bMinLon, Math.min(x0, x1));
            bMaxLon = Math.max(bMaxLon, Math.max(x0, x1));
            bMinLat = Math.min(bMinLat, Math.min(y0, y1));
            bMaxLat = Math.max(bMaxLat, Math.max(y0, y1));
            totalLon += Math.abs(x1 - x0);
            totalLat += Math.abs(y1 - y0);
        }
        double padLon = reach / minKx, padLat = reach / minKy;
        minLon = bMinLon - padLon;
        minLat = bMinLat - padLat;
        double spanLon = bMaxLon + padLon - minLon, spanLat = bMaxLat + padLat - minLat;
        // Cells about as large as an average segment, never smaller than the reach, and no more of
        // them than a few per segment, so that memory stays proportional to the route.
        double cLon = Math.max(totalLon / n, 2 * padLon), cLat = Math.max(totalLat / n, 2 * padLat);
        while ((long) ((spanLon / cLon) + 1) * ((long) (spanLat / cLat) + 1) > 4L * n + 64) {
            cLon *= 1.5;
            cLat *= 1.5;
        }
        cellLon = cLon;
        cellLat = cLat;
        cols = (int) (spanLon / cellLon) + 1;
        rows = (int) (spanLat / cellLat) + 1;
        int[] counts = new int[cols * rows + 1];
        forEachCell(n, padLon, padLat, (seg, cell) -> counts[cell + 1]++);
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1];
        }
        cellStart = counts.clone();
        cellSegments = new int[counts[counts.length - 1]];
        int[] fill = counts.clone();
        forEachCell(n, padLon, padLat, (seg, cell) -> cellSegments[fill[cell]++] = seg);
    }

    private static LineString simplified(LineString route) {
        LocalProjection p = LocalProjection.centredOn(route);
        Geometry metric = DouglasPeuckerSimplifier.simplify(p.project(route), SIMPLIFY_METERS);
        return metric instanceof LineString line && line.getNumPoints() >= 2 ? (LineString) p.unproject(line) : route;
    }

    private interface CellVisitor {
        void visit(int segment, int cell);
    }

    private void forEachCell(int n, double padLon, double padLat, CellVisitor v) {
        for (int i = 0; i < n; i++) {
            double x1 = lonA[i] + dx[i] / kx[i], y1 = latA[i] + dy[i] / ky[i];
            int c0 = col(Math.min(lonA[i], x1) - padLon), c1 = col(Math.max(lonA[i], x1) + padLon);
            int r0 = row(Math.min(latA[i], y1) - padLat), r1 = row(Math.max(latA[i], y1) + padLat);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    v.visit(i, r * cols + c);
                }
            }
        }
    }

    private int col(double lon) {
        return Math.min(cols - 1, Math.max(0, (int) ((lon - minLon) / cellLon)));
    }

    private int row(double lat) {
        return Math.min(rows - 1, Math.max(0, (int) ((lat - minLat) / cellLat)));
    }

    /** The grid cell of a position, or -1 outside the grid (and so beyond the reach of every segment). */
    private int cellOf(double latitude, double longitude) {
        double cx = (longitude - minLon) / cellLon, cy = (latitude - minLat) / cellLat;
        if (cx < 0 || cy < 0 || cx >= cols || cy >= rows) {
            return -1;
        }
        return (int) cy * cols + (int) cx;
    }

    /** Squared distance in m² from segment i, in the segment's own local metric frame. */
    private double squaredDistance(int i, double latitude, double longitude) {
        double px = (longitude - lonA[i]) * kx[i], py = (latitude - latA[i]) * ky[i];
        double len2 = (double) dx[i] * dx[i] + (double) dy[i] * dy[i];
        double t = len2 == 0 ? 0 : (px * dx[i] + py * dy[i]) / len2;
        t = t < 0 ? 0 : (t > 1 ? 1 : t);
        double ex = px - t * dx[i], ey = py - t * dy[i];
        return ex * ex + ey * ey;
    }

    /** Distance in metres from the route, or infinity when it is more than the reach. */
    public double distanceMeters(double latitude, double longitude) {
        int cell = cellOf(latitude, longitude);
        if (cell < 0) {
            return Double.POSITIVE_INFINITY;
        }
        double best = reach2;
        boolean found = false;
        for (int k = cellStart[cell], end = cellStart[cell + 1]; k < end; k++) {
            double d2 = squaredDistance(cellSegments[k], latitude, longitude);
            if (d2 <= best) {
                best = d2;
                found = true;
            }
        }
        return found ? Math.sqrt(best) : Double.POSITIVE_INFINITY;
    }

    /**
     * Inside the corridor: within half its width of the route. Stops at the first segment close
     * enough, which is the common case — nearly every reading of a trip is inside its corridor.
     */
    public boolean contains(double latitude, double longitude) {
        int cell = cellOf(latitude, longitude);
        if (cell < 0) {
            return false;
        }
        double half2 = halfWidth * halfWidth;
        for (int k = cellStart[cell], end = cellStart[cell + 1]; k < end; k++) {
            if (squaredDistance(cellSegments[k], latitude, longitude) <= half2) {
                return true;
            }
        }
        return false;
    }

    public double halfWidthMeters() {
        return halfWidth;
    }
}
