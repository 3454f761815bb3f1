package id.rantai.monitoring.live;

import id.rantai.eseal.DisruptionReported;
import id.rantai.eseal.NormBreached;
import id.rantai.eseal.TripParties;
import id.rantai.eseal.TripStateChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts what happens to trips beside the positions and alerts of the live stream: each change of a
 * trip's state ({@code trip}), each breached SOP norm ({@code norm}) and each disruption report
 * ({@code disruption}), so an officer watching sees an installation, an arrival or a late photo as
 * it happens. Sent once the change is committed, to the parties the trip concerns.
 */
@Component
class TripEventsLive {
    private final LiveFeed live;

    TripEventsLive(LiveFeed live) {
        this.live = live;
    }

    @EventListener
    void on(TripStateChanged e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("tripId", e.tripId());
        data.put("reference", e.reference());
        data.put("from", e.from());
        data.put("to", e.to());
        data.put("at", e.at());
        live.publishOnCommit(new LiveEvent("trip", data, e.parties()));
    }

    @EventListener
    void on(NormBreached e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("norm", e.norm());
        data.put("tripId", e.tripId());
        data.put("subjectId", e.subjectId());
        data.put("dueAt", e.dueAt());
        data.put("breachedAt", e.breachedAt());
        live.publishOnCommit(new LiveEvent("norm", data, new TripParties(e.officeId(), e.providerId(), null)));
    }

    @EventListener
    void on(DisruptionReported e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("disruptionId", e.disruptionId());
        data.put("tripId", e.tripId());
        data.put("sealId", e.sealId());
        data.put("category", e.category());
        data.put("reportedAt", e.reportedAt());
        live.publishOnCommit(new LiveEvent("disruption", data, new TripParties(e.officeId(), e.providerId(), null)));
    }
}
