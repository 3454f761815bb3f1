package id.rantai.monitoring.web;

import id.rantai.eseal.TripState;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Organisation;
import id.rantai.identity.Organisations;
import id.rantai.monitoring.AlertType;
import id.rantai.monitoring.alert.WatchedTrip;
import id.rantai.monitoring.rules.TripMonitor;
import id.rantai.monitoring.rules.TripMonitors;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.ConsoleProperties;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The live map: every active trip the viewer may see at its seal's latest position, coloured by
 * state and worst open alert, moved as positions arrive on the live stream; a trip's corridor,
 * fences and track on a click. The page itself carries only the texts and settings (live-map.js
 * reads the same API as any client: positions, alerts, route plan, track, live stream).
 */
@Controller
@ConsolePage
class LiveMapPage {
    private final ConsoleProperties console;
    private final TripMonitors monitors;
    private final Organisations organisations;
    private final CurrentActor actor;

    LiveMapPage(ConsoleProperties console, TripMonitors monitors, Organisations organisations, CurrentActor actor) {
        this.console = console;
        this.monitors = monitors;
        this.organisations = organisations;
        this.actor = actor;
    }

    /** An organisation a filter offers. */
    record Choice(UUID id, String name) {}

    /**
     * The offices, companies and providers of the active trips this viewer may see — the filters
     * offer those, and nothing of trips the viewer cannot see.
     */
    private Map<String, List<Choice>> filters() {
        Actor a = actor.get();
        Map<String, Set<UUID>> ids =
                Map.of("office", new HashSet<>(), "company", new HashSet<>(), "provider", new HashSet<>());
        for (TripMonitor m : monitors.everyActive()) {
            WatchedTrip t = m.trip();
            if (t.parties().visibleTo(a)) {
                ids.get("office").add(t.parties().customsOfficeId());
                ids.get("company").add(t.parties().requesterId());
                ids.get("provider").add(t.parties().providerId());
            }
        }
        Map<String, List<Choice>> out = new HashMap<>();
        ids.forEach((kind, set) -> out.put(
                kind,
                set.stream()
                        .map(id -> new Choice(
                                id,
                                organisations.find(id).map(Organisation::name).orElse("—")))
                        .sorted(Comparator.comparing(Choice::name))
                        .toList()));
        return out;
    }

    @GetMapping("/console/map")
    String map(Model model) {
        model.addAttribute("tileUrl", console.tileUrl() == null ? "" : console.tileUrl());
        model.addAttribute("tileAttribution", console.tileAttribution());
        model.addAttribute("states", new TripState[] {TripState.INSTALLED, TripState.IN_TRANSIT, TripState.ARRIVED});
        model.addAttribute("alertTypes", AlertType.values());
        model.addAttribute("filters", filters());
        return "monitoring/map";
    }
}
