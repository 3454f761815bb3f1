package id.rantai.eseal.norm;

import id.rantai.eseal.DisruptionReported;
import id.rantai.eseal.Norm;
import id.rantai.eseal.NormBreached;
import id.rantai.eseal.TripState;
import id.rantai.eseal.TripStateChanged;
import id.rantai.eseal.disruption.DisruptionFollowedUp;
import id.rantai.eseal.disruption.DisruptionStatus;
import id.rantai.eseal.document.DocumentStep;
import id.rantai.eseal.document.TripDocumentUploaded;
import id.rantai.eseal.skp.SkpDocumentDelivered;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts and stops the SOP norms from the events of the trip lifecycle, documentation and
 * disruption reports. It listens synchronously, inside the transaction of the step itself, so a
 * step and its norm bookkeeping are committed together or not at all.
 */
@Component
class NormTracker {
    private final JdbcNormDeadlines deadlines;
    private final NormProperties properties;
    private final ApplicationEventPublisher events;

    NormTracker(JdbcNormDeadlines deadlines, NormProperties properties, ApplicationEventPublisher events) {
        this.deadlines = deadlines;
        this.properties = properties;
        this.events = events;
    }

    @EventListener
    void on(TripStateChanged e) {
        if (e.to() == TripState.READY_FOR_INSTALLATION) {
            start(Norm.INSTALLATION, e, e.at());
        } else if (e.to() == TripState.INSTALLED) {
            complete(Norm.INSTALLATION, e.tripId(), e.at());
            start(Norm.INSTALLATION_PHOTOS, e, e.at());
        } else if (e.to() == TripState.ARRIVED) {
            start(Norm.REMOVAL, e, e.at());
        } else if (e.to() == TripState.REMOVED) {
            complete(Norm.REMOVAL, e.tripId(), e.at());
            start(Norm.REMOVAL_DOCUMENTS, e, e.at());
        } else if (e.to() == TripState.CANCELLED) {
            deadlines.find(Norm.INSTALLATION, e.tripId()).ifPresent(d -> deadlines.cancel(d.id()));
        }
    }

    @EventListener
    void on(TripDocumentUploaded e) {
        if (properties.documentationMetOn() == NormProperties.DocumentationMetOn.UPLOAD) {
            documented(e.step(), e.countForStep(), e.tripId(), e.at());
        }
    }

    @EventListener
    void on(SkpDocumentDelivered e) {
        if (properties.documentationMetOn() == NormProperties.DocumentationMetOn.SKP_DELIVERY) {
            documented(e.step(), e.deliveredForStep(), e.tripId(), e.at());
        }
    }

    private void documented(DocumentStep step, long photos, UUID tripId, Instant at) {
        if (photos >= properties.minimumPhotos()) {
            complete(step == DocumentStep.INSTALLATION ? Norm.INSTALLATION_PHOTOS : Norm.REMOVAL_DOCUMENTS, tripId, at);
        }
    }

    @EventListener
    void on(DisruptionReported e) {
        for (Norm norm : new Norm[] {Norm.DISRUPTION_ACKNOWLEDGEMENT, Norm.DISRUPTION_RESOLUTION}) {
            deadlines.insert(new NormDeadline(
                    UUID.randomUUID(),
                    norm,
                    e.disruptionId(),
                    e.tripId(),
                    null,
                    e.providerId(),
                    e.officeId(),
                    e.reportedAt(),
                    e.reportedAt().plus(properties.of(norm)),
                    null,
                    NormOutcome.PENDING,
                    null));
        }
    }

    @EventListener
    void on(DisruptionFollowedUp e) {
        complete(Norm.DISRUPTION_ACKNOWLEDGEMENT, e.disruptionId(), e.at());
        if (e.status() == DisruptionStatus.RESOLVED) {
            complete(Norm.DISRUPTION_RESOLUTION, e.disruptionId(), e.at());
        }
    }

    /** Marks one overdue deadline breached and announces it, unless another node got there first. */
    @Transactional
    public void breach(NormDeadline d, Instant now) {
        if (deadlines.markBreached(d.id(), now)) {
            announce(d, now);
        }
    }

    private void start(Norm norm, TripStateChanged e, Instant at) {
        if (deadlines.find(norm, e.tripId()).isPresent()) {
            return;
        }
        deadlines.insert(new NormDeadline(
                UUID.randomUUID(),
                norm,
                e.tripId(),
                e.tripId(),
                e.parties().requesterId(),
                e.parties().providerId(),
                e.parties().customsOfficeId(),
                at,
                at.plus(properties.of(norm)),
                null,
                NormOutcome.PENDING,
                null));
    }

    private void complete(Norm norm, UUID subjectId, Instant at) {
        deadlines
                .find(norm, subjectId)
                .filter(d -> d.completedAt() == null && d.outcome() != NormOutcome.CANCELLED)
                .ifPresent(d -> {
                    if (deadlines.complete(d.id(), at, d.dueAt())) {
                        announce(d, at);
                    }
                });
    }

    private void announce(NormDeadline d, @Nullable Instant at) {
        events.publishEvent(new NormBreached(
                d.id(), d.norm(), d.subjectId(), d.tripId(), d.providerId(), d.officeId(), d.dueAt(), at));
    }
}
