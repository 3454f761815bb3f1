package id.rantai.monitoring.web;

import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.rules.OfficeSettings;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The office's monitoring thresholds as a form, for its customs officers: each rule's setting
 * with its unit (durations in minutes), checked by the same code as the API, a refusal beside its
 * field. New values apply to trips watched from then on.
 */
@Controller
@ConsolePage
@RequestMapping("/console/settings/monitoring")
class MonitoringSettingsPage {
    private final OfficeSettings settings;
    private final CurrentActor actor;

    MonitoringSettingsPage(OfficeSettings settings, CurrentActor actor) {
        this.settings = settings;
        this.actor = actor;
    }

    /** One setting as the form shows it: minutes for durations. */
    record Field(String name, boolean duration, String value, boolean whole) {}

    @GetMapping
    String form(@RequestParam(required = false) @Nullable UUID office, Model model) {
        UUID officeId = office(office);
        return page(
                model, officeId, fields(settings.visible(actor.get(), officeId), Map.of()), FieldErrors.none(), false);
    }

    @PostMapping
    String save(
            @RequestParam(required = false) @Nullable UUID office,
            @RequestParam Map<String, String> form,
            Model model) {
        UUID officeId = office(office);
        Actor a = actor.get();
        ObjectNode overrides = JsonNodeFactory.instance.objectNode();
        try {
            for (RecordComponent c : MonitoringSettings.class.getRecordComponents()) {
                String v = form.get(c.getName());
                if (v == null || v.isBlank()) {
                    continue;
                }
                put(overrides, c.getName(), v.trim().replace(',', '.'));
            }
            MonitoringSettings saved = settings.change(a, officeId, overrides);
            return page(model, officeId, fields(saved, Map.of()), FieldErrors.none(), true);
        } catch (InvalidInputException e) {
            return page(model, officeId, fields(settings.visible(a, officeId), form), FieldErrors.of(e), false);
        }
    }

    private static void put(ObjectNode overrides, String field, String value) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a number");
        }
        if (OfficeSettings.DURATIONS.contains(field)) {
            // Minutes on the form; the setting itself is an ISO-8601 duration.
            overrides.put(field, Duration.ofMillis(Math.round(number * 60_000)).toString());
        } else if (number == Math.rint(number) && Math.abs(number) < Integer.MAX_VALUE) {
            overrides.put(field, (int) number);
        } else {
            overrides.put(field, number);
        }
    }

    private String page(Model model, UUID officeId, List<Field> fields, FieldErrors errors, boolean saved) {
        model.addAttribute("office", officeId);
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        return "monitoring/settings";
    }

    /** The settings as form fields; what was typed wins over what is stored (a form back with an error). */
    private static List<Field> fields(MonitoringSettings s, Map<String, String> typed) {
        List<Field> out = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : MonitoringSettings.class.getRecordComponents()) {
            try {
                values.put(c.getName(), c.getAccessor().invoke(s));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        values.forEach((name, v) -> {
            boolean duration = v instanceof Duration;
            String shown = typed.containsKey(name)
                    ? typed.get(name)
                    : duration
                            ? minutes((Duration) v)
                            : v instanceof Double d && d == Math.rint(d)
                                    ? String.valueOf(d.longValue())
                                    : String.valueOf(v);
            out.add(new Field(name, duration, shown, v instanceof Integer));
        });
        return out;
    }

    private static String minutes(Duration d) {
        double m = d.toMillis() / 60_000.0;
        return m == Math.rint(m) ? String.valueOf((long) m) : String.valueOf(m);
    }

    private UUID office(@Nullable UUID requested) {
        Actor a = actor.get();
        if (requested != null) {
            return requested;
        }
        if (a.organisationId() == null) {
            throw new NotFoundException("Office", null);
        }
        return a.organisationId();
    }
}
