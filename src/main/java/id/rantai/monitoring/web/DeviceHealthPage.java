package id.rantai.monitoring.web;

import id.rantai.identity.CurrentActor;
import id.rantai.monitoring.health.SealHealth;
import id.rantai.monitoring.health.SealHealth.Availability;
import id.rantai.monitoring.health.SealHealth.SealState;
import id.rantai.shared.time.OfficeTimeZone;
import id.rantai.shared.web.ConsoleDates;
import id.rantai.shared.web.ConsolePage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider's device health: seals on containers that stopped reporting first (the work list),
 * then every seal with battery, its trend, last contact, the reading problems Rantai counted and
 * its availability over the last seven days; a seal's battery over the last three days as a chart.
 */
@Controller
@ConsolePage
@RequestMapping("/console/device-health")
class DeviceHealthPage {
    private static final Duration AVAILABILITY_PERIOD = Duration.ofDays(7);

    private final SealHealth health;
    private final CurrentActor actor;
    private final JsonMapper json;
    private final Clock clock;

    DeviceHealthPage(SealHealth health, CurrentActor actor, JsonMapper json, Clock clock) {
        this.health = health;
        this.actor = actor;
        this.json = json;
        this.clock = clock;
    }

    /** One seal as the page shows it. */
    record Row(
            UUID id,
            String serial,
            String model,
            String status,
            @Nullable Integer battery,
            @Nullable Double trendPerHour,
            String lastContact,
            boolean offline,
            int problems,
            @Nullable Double availability) {}

    @GetMapping
    String page(@RequestParam(required = false) @Nullable UUID seal, Model model) {
        var a = actor.get();
        Instant now = clock.instant();
        Map<UUID, Availability> availability = health.availability(a, now.minus(AVAILABILITY_PERIOD), now).stream()
                .collect(Collectors.toMap(Availability::sealId, Function.identity()));
        List<Row> rows = health.states(a).stream()
                .map(s -> row(s, availability.get(s.seal().sealId())))
                .toList();
        model.addAttribute("offline", rows.stream().filter(Row::offline).toList());
        model.addAttribute("rows", rows);
        model.addAttribute("availabilityFrom", now.minus(AVAILABILITY_PERIOD).truncatedTo(ChronoUnit.SECONDS));
        model.addAttribute("availabilityTo", now.truncatedTo(ChronoUnit.SECONDS));
        if (seal != null) {
            var samples = health.batteryHistory(a, seal, 72, 500);
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("t", samples.stream().map(x -> x.at().getEpochSecond()).toList());
            chart.put(
                    "battery",
                    samples.stream().map(SealHealth.BatterySample::percent).toList());
            model.addAttribute("chart", json.writeValueAsString(chart));
            model.addAttribute(
                    "chartSeal",
                    rows.stream()
                            .filter(r -> r.id().equals(seal))
                            .map(Row::serial)
                            .findFirst()
                            .orElse(""));
            model.addAttribute("chartPoints", samples.size());
        }
        return "monitoring/device-health";
    }

    private static Row row(SealState s, @Nullable Availability av) {
        int problems =
                (int) s.readingProblems().stream().mapToLong(p -> p.refused()).sum();
        return new Row(
                s.seal().sealId(),
                s.seal().serialNumber(),
                s.seal().model(),
                s.seal().status().name(),
                s.seal().batteryPercent(),
                s.batteryTrendPerHour(),
                ConsoleDates.dateTime(s.seal().lastContactAt(), OfficeTimeZone.WIB),
                s.offline(),
                problems,
                av == null || av.availability() == null ? null : Math.round(av.availability() * 1000) / 10.0);
    }
}
