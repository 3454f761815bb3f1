package id.rantai.eseal.skp;

import id.rantai.eseal.TripStateChanged;
import id.rantai.eseal.document.JdbcTripDocuments;
import id.rantai.eseal.document.TripDocument;
import id.rantai.eseal.document.TripDocumentUploaded;
import id.rantai.eseal.seal.JdbcSeals;
import id.rantai.eseal.seal.Seal;
import id.rantai.eseal.skp.SkpDelivery.Kind;
import id.rantai.eseal.trip.JdbcTrips;
import id.rantai.eseal.trip.Trip;
import id.rantai.identity.Organisation;
import id.rantai.identity.Organisations;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what happens to a trip into deliveries for SKP. It listens synchronously, so a delivery is
 * written in the transaction of the change itself: committed together, or not at all. The payload
 * is fixed now, as the trip stands at the event, not when the delivery is finally made.
 */
@Component
@EnableConfigurationProperties(SkpProperties.class)
class SkpQueue {
    private final JdbcSkpDeliveries deliveries;
    private final JdbcTrips trips;
    private final JdbcSeals seals;
    private final JdbcTripDocuments documents;
    private final Organisations organisations;
    private final SkpProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    SkpQueue(
            JdbcSkpDeliveries deliveries,
            JdbcTrips trips,
            JdbcSeals seals,
            JdbcTripDocuments documents,
            Organisations organisations,
            SkpProperties properties,
            JsonMapper json,
            Clock clock) {
        this.deliveries = deliveries;
        this.trips = trips;
        this.seals = seals;
        this.documents = documents;
        this.organisations = organisations;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(TripStateChanged e) {
        if (!properties.enabled()) {
            return;
        }
        Trip trip = trips.find(e.tripId()).orElseThrow();
        String eventId = "trip-state/" + e.tripId() + "/" + e.to() + "/" + e.at().toEpochMilli();
        Map<String, Object> event = envelope(eventId, Kind.TRIP_STATE_CHANGED, e.at().toString(), trip);
        event.put("from", e.from() == null ? null : e.from().name());
        event.put("to", e.to().name());
        event.put("reason", trip.stateReason());
        deliveries.insert(
                eventId, trip.id(), Kind.TRIP_STATE_CHANGED, null, json.writeValueAsString(event), clock.instant());
    }

    @EventListener
    void on(TripDocumentUploaded e) {
        if (!properties.enabled()) {
            return;
        }
        Trip trip = trips.find(e.tripId()).orElseThrow();
        TripDocument d = documents.find(e.tripId(), e.documentId()).orElseThrow();
        String eventId = "document/" + d.id();
        Map<String, Object> event =
                envelope(eventId, Kind.DOCUMENT_UPLOADED, d.uploadedAt().toString(), trip);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", d.id().toString());
        document.put("step", d.step().name());
        document.put("takenAt", d.takenAt().toString());
        document.put("latitude", d.latitude());
        document.put("longitude", d.longitude());
        document.put("sha256", d.sha256());
        document.put("contentType", d.contentType());
        document.put("sizeBytes", d.sizeBytes());
        document.put("countForStep", e.countForStep());
        event.put("document", document);
        deliveries.insert(
                eventId, trip.id(), Kind.DOCUMENT_UPLOADED, d.id(), json.writeValueAsString(event), clock.instant());
    }

    private Map<String, Object> envelope(String eventId, Kind kind, String occurredAt, Trip trip) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", trip.id().toString());
        t.put("reference", trip.reference());
        t.put("containerNumber", trip.containerNumber().value());
        t.put(
                "approvalDocument",
                Map.of(
                        "type",
                        trip.legalBasis().documentType(),
                        "number",
                        trip.legalBasis().number(),
                        "date",
                        trip.legalBasis().date().toString(),
                        "issuingOffice",
                        trip.legalBasis().issuingOffice()));
        t.put(
                "customsOfficeCode",
                organisations
                        .find(trip.parties().customsOfficeId())
                        .map(Organisation::code)
                        .orElse(null));
        t.put(
                "sealSerialNumber",
                trip.sealId() == null
                        ? null
                        : seals.find(trip.sealId()).map(Seal::serialNumber).orElse(null));
        t.put("state", trip.state().name());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", eventId);
        event.put("type", kind.name());
        event.put("occurredAt", occurredAt);
        event.put("trip", t);
        return event;
    }
}
