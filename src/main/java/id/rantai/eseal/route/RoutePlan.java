package id.rantai.eseal.route;

import id.rantai.shared.geo.Corridor;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.LineString;

/**
 * The rencana rute of a trip: where it starts and ends, the road it takes, how wide a corridor the
 * seal must stay in, how far it is and when it should arrive.
 */
public record RoutePlan(
        UUID tripId,
        Place origin,
        Place destination,
        LineString route,
        int corridorWidthMeters,
        double distanceMeters,
        Instant plannedDeparture,
        @Nullable Double expectedSpeedKmh,
        Instant eta,
        UUID submittedBy,
        Instant submittedAt,
        int revision) {

    public Corridor corridor() {
        return new Corridor(route, corridorWidthMeters);
    }
}
