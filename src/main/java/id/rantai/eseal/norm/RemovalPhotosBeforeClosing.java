package id.rantai.eseal.norm;

import id.rantai.eseal.TripState;
import id.rantai.eseal.document.DocumentStep;
import id.rantai.eseal.document.JdbcTripDocuments;
import id.rantai.eseal.trip.StepPrecondition;
import id.rantai.eseal.trip.Trip;
import id.rantai.shared.StateConflictException;
import org.springframework.stereotype.Component;

/**
 * Customs closes a trip whose seal was removed only once the removal is documented with the norms'
 * minimum number of photos — the same minimum that meets the removal-documents norm.
 */
@Component
class RemovalPhotosBeforeClosing implements StepPrecondition {
    private final JdbcTripDocuments documents;
    private final NormProperties norms;

    RemovalPhotosBeforeClosing(JdbcTripDocuments documents, NormProperties norms) {
        this.documents = documents;
        this.norms = norms;
    }

    @Override
    public void check(Trip trip, TripState target) {
        if (target == TripState.CLOSED
                && trip.state() == TripState.REMOVED
                && documents.count(trip.id(), DocumentStep.REMOVAL) < norms.minimumPhotos()) {
            throw StateConflictException.worded(trip.state().name(), "removalDocsFirst", trip.reference());
        }
    }
}
