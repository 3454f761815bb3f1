package id.rantai.certification.web;

import id.rantai.certification.certificate.CertificateRegistry;
import id.rantai.certification.complaint.Complaint;
import id.rantai.certification.complaint.Complaints;
import id.rantai.certification.request.AfterServices;
import id.rantai.certification.request.CertificateRequest;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.certification.standard.ServiceStandard;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Role;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.time.WorkingCalendar;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import id.rantai.shared.web.FormValues;
import id.rantai.shared.web.RefusalTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The training centre's service queues: the after-service requests in two layers — an officer
 * verifies (with the interview record for a correction or a lost certificate), the head signs —
 * and the complaints to answer, each with its deadline in working days; and the service report:
 * satisfaction per service against the 80 % target and the SKM index, as charts.
 */
@Controller
@ConsolePage
@RequestMapping("/console/certification")
class ServiceQueuesPage {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AfterServices services;
    private final Complaints complaints;
    private final CertificateRegistry registry;
    private final ServiceDesk desk;
    private final ServiceStandard standard;
    private final CurrentActor actor;

    ServiceQueuesPage(
            AfterServices services,
            Complaints complaints,
            CertificateRegistry registry,
            ServiceDesk desk,
            ServiceStandard standard,
            CurrentActor actor) {
        this.services = services;
        this.complaints = complaints;
        this.registry = registry;
        this.desk = desk;
        this.standard = standard;
        this.actor = actor;
    }

    /** A request in the queue: the certificate it concerns, what was asked and the working days left. */
    record RequestRow(
            CertificateRequest request,
            String certificateNumber,
            @Nullable String explanation,
            @Nullable JsonNode correction,
            @Nullable JsonNode entry,
            List<String> documents,
            int workingDaysLeft) {}

    /** A complaint in the queue, with its working days left. */
    record ComplaintRow(Complaint complaint, String service, int workingDaysLeft) {}

    /** A refusal on one row, shown on that row. */
    record Refusal(UUID id, String message) {}

    @GetMapping("/requests")
    String requests(Model model) {
        return requestsPage(model, null);
    }

    @PostMapping("/requests/{id}/verify")
    String verify(
            @PathVariable UUID id,
            @RequestParam boolean confirmed,
            @RequestParam(required = false) @Nullable String interviewRecord,
            @RequestParam(required = false) @Nullable String note,
            Model model) {
        try {
            services.verify(actor.get(), id, confirmed, interviewRecord, note);
            return "redirect:/console/certification/requests?done#request-" + id;
        } catch (InvalidInputException | StateConflictException e) {
            return requestsPage(model, new Refusal(id, RefusalTexts.of(e)));
        }
    }

    @PostMapping("/requests/{id}/sign")
    String sign(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, Model model) {
        try {
            services.sign(actor.get(), id, note);
            return "redirect:/console/certification/requests?signed";
        } catch (InvalidInputException | StateConflictException e) {
            return requestsPage(model, new Refusal(id, RefusalTexts.of(e)));
        }
    }

    private String requestsPage(Model model, @Nullable Refusal refusal) {
        Actor a = actor.get();
        WorkingCalendar calendar = desk.calendar();
        LocalDate today = desk.today();
        List<RequestRow> rows = new ArrayList<>();
        for (CertificateRequest r : services.open(a)) {
            JsonNode details = services.details(r);
            rows.add(new RequestRow(
                    r,
                    services.certificateNumber(r),
                    details.path("explanation").isMissingNode()
                            ? null
                            : details.path("explanation").asString(""),
                    details.has("correction") ? details.get("correction") : null,
                    details.has("entry") ? details.get("entry") : null,
                    services.documents(r.id()),
                    left(calendar, today, r.dueOn())));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("refusal", refusal);
        model.addAttribute("signs", a.has(Role.CERTIFICATION_HEAD));
        return "certification/desk-requests";
    }

    @GetMapping("/complaints")
    String complaints(Model model) {
        return complaintsPage(model, null);
    }

    @PostMapping("/complaints/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam(required = false) @Nullable String answer, Model model) {
        try {
            complaints.answer(actor.get(), id, answer);
            return "redirect:/console/certification/complaints?answered";
        } catch (InvalidInputException | StateConflictException e) {
            return complaintsPage(model, new Refusal(id, RefusalTexts.of(e)));
        }
    }

    private String complaintsPage(Model model, @Nullable Refusal refusal) {
        WorkingCalendar calendar = desk.calendar();
        LocalDate today = desk.today();
        Map<String, String> names = standard.names(LocaleContextHolder.getLocale());
        model.addAttribute(
                "rows",
                complaints.open(actor.get()).stream()
                        .map(c -> new ComplaintRow(
                                c, names.getOrDefault(c.service(), c.service()), left(calendar, today, c.dueOn())))
                        .toList());
        model.addAttribute("refusal", refusal);
        return "certification/desk-complaints";
    }

    /** The figures the report's charts read: per service, the share satisfied and the SKM index. */
    record ReportChart(
            List<String> services, List<@Nullable Double> satisfied, List<@Nullable Double> skm, double target) {}

    @GetMapping("/report")
    String report(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        LocalDate today = desk.today();
        String fromText =
                from == null || from.isBlank() ? today.withDayOfYear(1).toString() : from;
        String toText = to == null || to.isBlank() ? today.toString() : to;
        model.addAttribute("from", fromText);
        model.addAttribute("to", toText);
        ServiceDesk.Report report;
        try {
            report = desk.report(actor.get(), FormValues.date(fromText, "from"), FormValues.date(toText, "to"));
            model.addAttribute("errors", FieldErrors.none());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FieldErrors.of(e));
            report = desk.report(actor.get(), today.withDayOfYear(1), today);
        }
        Map<String, String> names = standard.names(LocaleContextHolder.getLocale());
        model.addAttribute("report", report);
        model.addAttribute("names", names);
        model.addAttribute(
                "chart",
                JSON.writeValueAsString(new ReportChart(
                        report.services().stream()
                                .map(s -> names.getOrDefault(s.service(), s.service()))
                                .toList(),
                        report.services().stream()
                                .map(s -> s.satisfaction().satisfiedPercent())
                                .toList(),
                        report.services().stream()
                                .map(s -> s.satisfaction().skm())
                                .toList(),
                        report.targetPercent())));
        return "certification/desk-report";
    }

    /** Working days from today to the due date; negative once it has passed. */
    private static int left(WorkingCalendar calendar, LocalDate today, LocalDate due) {
        return due.isBefore(today) ? -calendar.workingDaysBetween(due, today) : calendar.workingDaysBetween(today, due);
    }
}
