package id.rantai.eseal.document;

import id.rantai.audit.AuditTrail;
import id.rantai.eseal.TripState;
import id.rantai.eseal.trip.Trip;
import id.rantai.eseal.trip.TripRequests;
import id.rantai.identity.Actor;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.Wording;
import id.rantai.shared.geo.GeoPoint;
import id.rantai.storage.ContentTypes;
import id.rantai.storage.FileStore;
import id.rantai.storage.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Installation and removal photos: checked, stored by content, and shown to those who may see the trip. */
@Service
@EnableConfigurationProperties(DocumentProperties.class)
public class TripDocumentation {
    static final Set<String> PHOTO_TYPES = Set.of(ContentTypes.JPEG, ContentTypes.PNG);
    /** Phones' clocks drift; a photo a few minutes "from the future" is a clock, not a forgery. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    static final Set<TripState> INSTALLATION_STATES =
            EnumSet.of(TripState.READY_FOR_INSTALLATION, TripState.INSTALLED, TripState.IN_TRANSIT, TripState.ARRIVED);
    static final Set<TripState> REMOVAL_STATES = EnumSet.of(TripState.ARRIVED, TripState.REMOVED);

    /** Whether a trip in this state takes installation or removal photos. */
    public static boolean acceptsPhotos(TripState state) {
        return INSTALLATION_STATES.contains(state) || REMOVAL_STATES.contains(state);
    }

    private final TripRequests trips;
    private final JdbcTripDocuments documents;
    private final FileStore files;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DocumentProperties properties;
    private final Clock clock;

    TripDocumentation(
            TripRequests trips,
            JdbcTripDocuments documents,
            FileStore files,
            AuditTrail audit,
            ApplicationEventPublisher events,
            DocumentProperties properties,
            Clock clock) {
        this.trips = trips;
        this.documents = documents;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    public record Upload(
            DocumentStep step,
            Instant takenAt,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String fileName,
            InputStream content) {}

    @Transactional
    public TripDocument upload(Actor actor, UUID tripId, Upload u) {
        Trip trip = trips.visible(actor, tripId);
        if (!trip.parties().worksOnTheGround(actor)
                || !(actor.has(Role.PROVIDER_STAFF) || actor.has(Role.SERVICE_USER_STAFF))) {
            throw new ForbiddenException("Only the e-seal provider or the requesting company uploads documentation");
        }
        if (u.step() == null) {
            throw new InvalidInputException("step", "is required: INSTALLATION or REMOVAL");
        }
        Set<TripState> allowed = u.step() == DocumentStep.INSTALLATION ? INSTALLATION_STATES : REMOVAL_STATES;
        if (!allowed.contains(trip.state())) {
            throw StateConflictException.worded(
                    trip.state().name(),
                    u.step() == DocumentStep.INSTALLATION ? "installationDocsNotNow" : "removalDocsNotNow",
                    trip.reference(),
                    Wording.label("tripState." + trip.state().name()),
                    Wording.labels(allowed.stream()
                            .map(s -> "tripState." + s.name())
                            .sorted()
                            .toList()));
        }
        Instant now = clock.instant();
        if (u.takenAt() == null) {
            throw InvalidInputException.worded("takenAt", "required");
        }
        if (u.takenAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw InvalidInputException.worded("takenAt", "inFuture");
        }
        if ((u.latitude() == null) != (u.longitude() == null)) {
            throw new InvalidInputException(
                    u.latitude() == null ? "latitude" : "longitude", "is required when the other coordinate is given");
        }
        if (u.latitude() != null) {
            GeoPoint.of("latitude", u.latitude(), u.longitude());
        }
        StoredFile stored;
        try {
            stored = files.store(u.content(), "file", PHOTO_TYPES, properties.maxBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = u.fileName() == null
                ? null
                : u.fileName().substring(0, Math.min(255, u.fileName().length()));
        TripDocument doc = new TripDocument(
                UUID.randomUUID(),
                tripId,
                u.step(),
                stored.sha256(),
                stored.contentType(),
                stored.sizeBytes(),
                name,
                u.takenAt(),
                u.latitude(),
                u.longitude(),
                now,
                actor.userId());
        documents.insert(doc);
        audit.record(actor.auditEntry(
                now, "TRIP_DOCUMENT_UPLOADED", "TRIP", tripId, u.step() + " photo sha256 " + stored.sha256()));
        events.publishEvent(
                new TripDocumentUploaded(tripId, doc.id(), doc.step(), documents.count(tripId, doc.step()), now));
        return doc;
    }

    public List<TripDocument> list(Actor actor, UUID tripId) {
        trips.visible(actor, tripId);
        return documents.list(tripId);
    }

    public TripDocument get(Actor actor, UUID tripId, UUID documentId) {
        trips.visible(actor, tripId);
        return documents.find(tripId, documentId).orElseThrow(() -> new NotFoundException("Document", documentId));
    }

    public InputStream open(TripDocument document) throws IOException {
        return files.open(document.sha256());
    }
}
