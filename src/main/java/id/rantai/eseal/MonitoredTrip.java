package id.rantai.eseal;

import id.rantai.shared.geo.Geofence;
import java.time.Instant;
import java.util.UUID;
import org.locationtech.jts.geom.LineString;

/**
 * What monitoring needs to know about a trip whose seal is on the container: the parties (for
 * tenancy), the seal, and the route plan it is held to.
 */
public record MonitoredTrip(
        UUID tripId,
        String reference,
        TripState state,
        UUID sealId,
        String sealSerial,
        TripParties parties,
        Geofence origin,
        Geofence destination,
        LineString route,
        int corridorWidthMeters,
        Instant plannedDeparture,
        Instant eta) {}
