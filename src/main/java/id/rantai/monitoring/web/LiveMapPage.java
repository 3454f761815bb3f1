package id.rantai.monitoring.web;

import id.rantai.eseal.TripState;
import id.rantai.monitoring.AlertType;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.ConsoleProperties;
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

    LiveMapPage(ConsoleProperties console) {
        this.console = console;
    }

    @GetMapping("/console/map")
    String map(Model model) {
        model.addAttribute("tileUrl", console.tileUrl() == null ? "" : console.tileUrl());
        model.addAttribute("tileAttribution", console.tileAttribution());
        model.addAttribute("states", new TripState[] {TripState.INSTALLED, TripState.IN_TRANSIT, TripState.ARRIVED});
        model.addAttribute("alertTypes", AlertType.values());
        return "monitoring/map";
    }
}
