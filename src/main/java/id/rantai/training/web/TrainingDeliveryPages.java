package id.rantai.training.web;

import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import id.rantai.shared.web.FormValues;
import id.rantai.training.catalogue.TopicVersion;
import id.rantai.training.catalogue.TrainingCatalogue;
import id.rantai.training.compliance.ComplianceViews;
import id.rantai.training.delivery.Method;
import id.rantai.training.delivery.TrainingRecords;
import id.rantai.training.delivery.TrainingSession;
import id.rantai.training.employee.Employee;
import id.rantai.training.employee.EmployeeDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Delivering the programme in the console: the sessions held, a new one recorded, and its
 * attendance entered for the employees of a department (present or not, score, passed); the
 * catalogue with each topic's versions, and a new version published with what it means — every
 * employee the topic is required of must take it again within its days.
 */
@Controller
@ConsolePage
@RequestMapping("/console/training")
class TrainingDeliveryPages {
    private final TrainingRecords records;
    private final TrainingCatalogue catalogue;
    private final EmployeeDirectory directory;
    private final ComplianceViews views;
    private final CurrentActor actor;

    TrainingDeliveryPages(
            TrainingRecords records,
            TrainingCatalogue catalogue,
            EmployeeDirectory directory,
            ComplianceViews views,
            CurrentActor actor) {
        this.records = records;
        this.catalogue = catalogue;
        this.directory = directory;
        this.views = views;
        this.actor = actor;
    }

    @GetMapping("/sessions")
    String sessions(Model model) {
        return sessionsPage(model, FieldErrors.none(), Map.of());
    }

    @PostMapping("/sessions")
    String record(@RequestParam Map<String, String> form, Model model) {
        try {
            TrainingSession s = records.addSession(
                    actor.get(),
                    new TrainingRecords.NewSession(
                            FormValues.uuid(form.get("topicId"), "topicId"),
                            method(form.get("method")),
                            form.get("trainer"),
                            FormValues.date(form.get("heldOn"), "heldOn"),
                            FormValues.integer(form.get("durationMinutes"), "durationMinutes"),
                            FormValues.blankAsNull(form.get("materials"))));
            return "redirect:/console/training/sessions/" + s.id();
        } catch (InvalidInputException e) {
            return sessionsPage(model, FieldErrors.of(e), form);
        }
    }

    private String sessionsPage(Model model, FieldErrors errors, Map<String, String> typed) {
        Actor a = actor.get();
        model.addAttribute("sessions", records.sessions(a));
        model.addAttribute("topics", catalogue.topics(a));
        model.addAttribute("titles", titles(a));
        model.addAttribute("methods", Method.values());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "training/sessions";
    }

    /** A session and its attendance sheet, for the employees of one department at a time. */
    @GetMapping("/sessions/{id}")
    String session(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return sessionPage(model, id, department, page, FieldErrors.none());
    }

    /** The sheet: a row per employee shown, named by the employee's id; only rows ticked or scored are sent. */
    @PostMapping("/sessions/{id}/attendance")
    String attendance(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam Map<String, String> form,
            Model model) {
        List<TrainingRecords.Result> results = new ArrayList<>();
        try {
            for (String key : form.keySet()) {
                if (!key.startsWith("present-")) {
                    continue;
                }
                String employee = key.substring("present-".length());
                String at = "results[" + results.size() + "]";
                results.add(new TrainingRecords.Result(
                        FormValues.uuid(employee, at + ".employeeId"),
                        Boolean.parseBoolean(form.get(key)),
                        FormValues.decimal(form.get("score-" + employee), at + ".score"),
                        !"false".equals(form.get("passed-" + employee))));
            }
            records.attendance(actor.get(), id, results);
            return "redirect:/console/training/sessions/" + id + "?recorded=" + results.size();
        } catch (InvalidInputException e) {
            return sessionPage(model, id, department, page, FieldErrors.of(e));
        }
    }

    /**
     * A sheet shows at most this many employees: a session has tens of attendees, a department may
     * have thousands, and a form of thousands of fields is neither usable nor accepted by the server.
     */
    static final int SHEET_ROWS = 100;

    private String sessionPage(Model model, UUID id, @Nullable String department, int page, FieldErrors errors) {
        Actor a = actor.get();
        TrainingSession s = records.sessions(a).stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new id.rantai.shared.NotFoundException("Session", id));
        List<EmployeeDirectory.EmployeeView> all = directory.list(a).stream()
                .filter(v -> v.employee().details().status() == Employee.Status.ACTIVE)
                .toList();
        TreeSet<String> departments = new TreeSet<>();
        all.forEach(v -> departments.add(v.employee().department()));
        model.addAttribute("trainingSession", s);
        model.addAttribute("titles", titles(a));
        model.addAttribute("departments", departments);
        model.addAttribute("department", department);
        List<EmployeeDirectory.EmployeeView> inDepartment = department == null
                ? List.of()
                : all.stream()
                        .filter(v -> v.employee().department().equals(department))
                        .toList();
        int pages = Math.max(1, (inDepartment.size() + SHEET_ROWS - 1) / SHEET_ROWS);
        int shown = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute(
                "employees",
                inDepartment.subList(shown * SHEET_ROWS, Math.min(inDepartment.size(), (shown + 1) * SHEET_ROWS)));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("errors", errors);
        return "training/session";
    }

    // --- the catalogue ----------------------------------------------------------------------

    /** A topic with its versions and how many employees it is required of today. */
    record TopicRow(TrainingCatalogue.TopicView view, int requiredOf) {}

    @GetMapping("/catalogue")
    String catalogue(Model model) {
        return cataloguePage(model, null, FieldErrors.none());
    }

    @PostMapping("/catalogue/{topicId}/versions")
    String publish(
            @PathVariable UUID topicId,
            @RequestParam(required = false) @Nullable String changeNote,
            @RequestParam(required = false) @Nullable String dueDays,
            Model model) {
        try {
            TopicVersion v = catalogue.publishVersion(
                    actor.get(),
                    topicId,
                    new TrainingCatalogue.NewVersion(changeNote, FormValues.integer(dueDays, "dueDays")));
            return "redirect:/console/training/catalogue?published=" + v.version() + "#topic-" + topicId;
        } catch (InvalidInputException e) {
            return cataloguePage(model, topicId, FieldErrors.of(e));
        }
    }

    private String cataloguePage(Model model, @Nullable UUID failed, FieldErrors errors) {
        Actor a = actor.get();
        Map<String, Integer> requiredOf = new HashMap<>();
        views.summary(a, ComplianceViews.GroupBy.TOPIC, null).forEach(r -> requiredOf.put(r.key(), r.employees()));
        model.addAttribute(
                "topics",
                catalogue.topics(a).stream()
                        .map(v -> new TopicRow(
                                v, requiredOf.getOrDefault(v.topic().code(), 0)))
                        .toList());
        model.addAttribute(
                "defaultDays",
                catalogue
                        .settings(id.rantai.training.TrainingAccess.member(a))
                        .rules()
                        .newVersionDueDays());
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        return "training/catalogue";
    }

    private Map<UUID, String> titles(Actor a) {
        boolean english = org.springframework.context.i18n.LocaleContextHolder.getLocale()
                .getLanguage()
                .equals("en");
        Map<UUID, String> out = new HashMap<>();
        catalogue
                .topics(a)
                .forEach(v -> out.put(
                        v.topic().id(),
                        english ? v.topic().titleEn() : v.topic().titleId()));
        return out;
    }

    private static @Nullable Method method(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Method.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("method", "is not one of the choices");
        }
    }
}
