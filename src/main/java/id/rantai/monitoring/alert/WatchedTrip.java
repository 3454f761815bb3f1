package id.rantai.monitoring.alert;

import id.rantai.eseal.MonitoredTrip;
import id.rantai.eseal.TripParties;
import id.rantai.shared.geo.Geofence;
import java.time.Instant;
import java.util.UUID;

/**
 * What a monitor keeps of its trip: the parties, the seal, the fences and the ETA. The route
 * itself lives on only in the monitor's compact corridor index — with fifty thousand trips watched
 * at once, every retained geometry object counts.
 */
public record WatchedTrip(
        UUID tripId,
        String reference,
        UUID sealId,
        String sealSerial,
        TripParties parties,
        Geofence origin,
        Geofence destination,
        Instant eta) {

    public static WatchedTrip of(MonitoredTrip t) {
        return new WatchedTrip(
                t.tripId(),
                t.reference().intern(),
                t.sealId(),
                t.sealSerial(),
                t.parties(),
                t.origin(),
                t.destination(),
                t.eta());
    }
}
