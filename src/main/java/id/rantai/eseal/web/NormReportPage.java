package id.rantai.eseal.web;

import id.rantai.eseal.Norm;
import id.rantai.eseal.norm.NormFigures;
import id.rantai.eseal.norm.NormReports;
import id.rantai.eseal.norm.NormReports.Report;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.web.ConsoleDates;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SOP time norms over a chosen period, per customs office and per provider: how many deadlines
 * ran, were met or breached, the compliance rate and how long the steps took — as a table and as a
 * chart of compliance per norm. Each organisation sees its own figures, as in the API.
 */
@Controller
@ConsolePage
@RequestMapping("/console/norms")
class NormReportPage {
    private final NormReports reports;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    NormReportPage(NormReports reports, CurrentActor actor, MessageSource messages, JsonMapper json, Clock clock) {
        this.reports = reports;
        this.actor = actor;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    String report(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(7));
        model.addAttribute("from", from == null ? today.minusDays(29).toString() : from);
        model.addAttribute("to", to == null ? today.toString() : to);
        FieldErrors errors = FieldErrors.none();
        Report r = null;
        try {
            LocalDate start = date(from, today.minusDays(29), "from");
            LocalDate end = date(to, today, "to");
            r = reports.report(actor.get(), start, end, null, null);
            model.addAttribute("period", ConsoleDates.date(start) + " – " + ConsoleDates.date(end));
        } catch (InvalidInputException e) {
            errors = FieldErrors.of(e);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("report", r);
        model.addAttribute("norms", Norm.values());
        if (r != null) {
            model.addAttribute("chartByOffice", chart(r.byOffice()));
            model.addAttribute("chartByProvider", chart(r.byProvider()));
        }
        return "eseal/norms";
    }

    /**
     * The chart's data for the page's script: norm names on the x axis, a series per organisation
     * with its compliance rate in percent (null where no deadline ran).
     */
    private String chart(List<NormReports.Group> groups) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (Norm n : Norm.values()) {
            names.add(messages.getMessage("norm." + n.name(), null, LocaleContextHolder.getLocale()));
        }
        data.put("norms", names);
        List<Map<String, Object>> series = new ArrayList<>();
        for (NormReports.Group g : groups) {
            List<Double> rates = new ArrayList<>();
            for (Norm n : Norm.values()) {
                rates.add(g.norms().stream()
                        .filter(f -> f.norm() == n)
                        .findFirst()
                        .map(NormFigures::complianceRate)
                        .map(rate -> Math.round(rate * 1000) / 10.0)
                        .orElse(null));
            }
            series.add(Map.of("name", g.name(), "rates", rates));
        }
        data.put("series", series);
        return json.writeValueAsString(data);
    }

    private static LocalDate date(@Nullable String value, LocalDate otherwise, String field) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date (yyyy-mm-dd)");
        }
    }
}
