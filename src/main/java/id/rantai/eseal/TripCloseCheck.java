package id.rantai.eseal;

import java.util.List;
import java.util.UUID;

/**
 * A seam for modules that watch trips to say what must be settled before a customs officer may
 * close one. Monitoring answers with the trip's open critical alerts: a trip is not closed with a
 * cut cable nobody has looked at.
 */
public interface TripCloseCheck {
    /** What stands in the way of closing the trip, each item naming itself; empty when nothing does. */
    List<String> blockers(UUID tripId);
}
