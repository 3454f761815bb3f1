package id.rantai.eseal.trip;

import id.rantai.aeo.LinkableRecords;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Lets AEO evidence point at one of the company's own trips. */
@Component
class TripLinks implements LinkableRecords {
    private final JdbcTrips trips;

    TripLinks(JdbcTrips trips) {
        this.trips = trips;
    }

    @Override
    public String type() {
        return "TRIP";
    }

    @Override
    public boolean belongsTo(UUID recordId, UUID organisationId) {
        return trips.find(recordId)
                .filter(t -> t.parties().requesterId().equals(organisationId))
                .isPresent();
    }
}
