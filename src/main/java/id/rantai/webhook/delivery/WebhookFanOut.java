package id.rantai.webhook.delivery;

import id.rantai.aeo.AssessmentDecided;
import id.rantai.certification.ExamResultsPublished;
import id.rantai.eseal.DisruptionReported;
import id.rantai.eseal.NormBreached;
import id.rantai.eseal.TripStateChanged;
import id.rantai.monitoring.AlertRaised;
import id.rantai.webhook.WebhookEventKind;
import id.rantai.webhook.endpoint.EndpointDeactivated;
import id.rantai.webhook.endpoint.JdbcWebhookEndpoints;
import id.rantai.webhook.endpoint.WebhookEndpoint;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what happens in Rantai into deliveries for the endpoints of the organisations concerned —
 * a trip's three parties for its changes and alerts, the provider and the office for norms and
 * disruptions, the company for its AEO review, the training centre for its exam results. It listens
 * synchronously, like the SKP queue: the deliveries are written in the transaction of the change
 * itself, committed with it or not at all, and their payload is fixed as things stood then.
 */
@Component
class WebhookFanOut {
    private final JdbcWebhookEndpoints endpoints;
    private final JdbcWebhookDeliveries deliveries;
    private final JsonMapper json;
    private final Clock clock;

    WebhookFanOut(JdbcWebhookEndpoints endpoints, JdbcWebhookDeliveries deliveries, JsonMapper json, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(TripStateChanged e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("tripId", e.tripId());
        data.put("reference", e.reference());
        data.put("from", e.from() == null ? null : e.from().name());
        data.put("to", e.to().name());
        data.put("sealId", e.sealId());
        String eventId = "trip-state/" + e.tripId() + "/" + e.to() + "/" + e.at().toEpochMilli();
        fanOut(
                WebhookEventKind.TRIP_STATE_CHANGED,
                eventId,
                e.at(),
                e.tripId(),
                data,
                e.parties().customsOfficeId(),
                e.parties().providerId(),
                e.parties().requesterId());
    }

    @EventListener
    void on(AlertRaised e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("alertId", e.alertId());
        data.put("tripId", e.tripId());
        data.put("sealId", e.sealId());
        data.put("type", e.type().name());
        data.put("severity", e.severity().name());
        data.put("deviceTime", e.deviceTime());
        data.put("latitude", e.latitude());
        data.put("longitude", e.longitude());
        fanOut(
                WebhookEventKind.ALERT_RAISED,
                "alert/" + e.alertId(),
                e.deviceTime(),
                e.tripId(),
                data,
                e.parties().customsOfficeId(),
                e.parties().providerId(),
                e.parties().requesterId());
    }

    @EventListener
    void on(NormBreached e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("deadlineId", e.deadlineId());
        data.put("norm", e.norm().name());
        data.put("subjectId", e.subjectId());
        data.put("tripId", e.tripId());
        data.put("dueAt", e.dueAt());
        data.put("breachedAt", e.breachedAt());
        fanOut(
                WebhookEventKind.NORM_BREACHED,
                "norm/" + e.deadlineId(),
                e.breachedAt(),
                e.tripId() == null ? e.subjectId() : e.tripId(),
                data,
                e.providerId(),
                e.officeId());
    }

    @EventListener
    void on(DisruptionReported e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("disruptionId", e.disruptionId());
        data.put("tripId", e.tripId());
        data.put("sealId", e.sealId());
        data.put("category", e.category());
        data.put("reportedAt", e.reportedAt());
        fanOut(
                WebhookEventKind.DISRUPTION_REPORTED,
                "disruption/" + e.disruptionId(),
                e.reportedAt(),
                e.tripId() == null ? e.disruptionId() : e.tripId(),
                data,
                e.providerId(),
                e.officeId());
    }

    @EventListener
    void on(AssessmentDecided e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("assessmentId", e.assessmentId());
        data.put("round", e.round());
        data.put("decision", e.accepted() ? "ACCEPTED" : "RETURNED");
        data.put("decidedAt", e.decidedAt());
        fanOut(
                WebhookEventKind.AEO_REVIEW_DECIDED,
                "aeo-review/" + e.assessmentId() + "/" + e.round(),
                e.decidedAt(),
                e.assessmentId(),
                data,
                e.organisationId());
    }

    @EventListener
    void on(ExamResultsPublished e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sessionId", e.sessionId());
        data.put("sessionCode", e.sessionCode());
        data.put("examDate", e.examDate().toString());
        data.put("candidatesSeated", e.candidatesSeated());
        data.put("passed", e.passed());
        fanOut(
                WebhookEventKind.EXAM_RESULTS_PUBLISHED,
                "exam-results/" + e.sessionId(),
                e.publishedAt(),
                e.sessionId(),
                data,
                e.trainingCentreId());
    }

    /** A switched-off endpoint's waiting deliveries are set aside, so they hold no one's turn. */
    @EventListener
    void on(EndpointDeactivated e) {
        deliveries.setAside(e.endpointId(), "endpoint switched off");
    }

    /** A test event for one endpoint, in a turn of its own; the event's id. */
    String ping(WebhookEndpoint endpoint) {
        Instant now = clock.instant();
        String eventId = "ping/" + UUID.randomUUID();
        queue(endpoint, WebhookEventKind.PING, eventId, now, endpoint.id(), Map.of("endpointId", endpoint.id()));
        return eventId;
    }

    private void fanOut(
            WebhookEventKind kind,
            String eventId,
            Instant occurredAt,
            UUID subject,
            Map<String, Object> data,
            @Nullable UUID... organisations) {
        Set<UUID> concerned =
                Arrays.stream(organisations).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        for (WebhookEndpoint endpoint : endpoints.activeOf(concerned)) {
            if (endpoint.receives(kind)) {
                queue(endpoint, kind, eventId, occurredAt, subject, data);
            }
        }
    }

    private void queue(
            WebhookEndpoint endpoint,
            WebhookEventKind kind,
            String eventId,
            Instant occurredAt,
            UUID subject,
            Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", eventId);
        event.put("type", kind.name());
        event.put("occurredAt", occurredAt);
        event.put("organisationId", endpoint.organisationId());
        event.put("data", data);
        deliveries.insert(
                endpoint.id(),
                eventId,
                kind,
                endpoint.id() + "/" + subject,
                json.writeValueAsString(event),
                clock.instant());
    }
}
