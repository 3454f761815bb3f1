package id.rantai.training.web;

import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Role;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.export.Labels;
import id.rantai.shared.export.Sheet;
import id.rantai.shared.export.SheetWriter;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import id.rantai.shared.web.RefusalTexts;
import id.rantai.training.TrainingAccess;
import id.rantai.training.TrainingCompliance;
import id.rantai.training.catalogue.Topic;
import id.rantai.training.catalogue.TrainingCatalogue;
import id.rantai.training.compliance.ComplianceViews;
import id.rantai.training.employee.EmployeeDirectory;
import id.rantai.training.employee.EmployeeImport;
import id.rantai.training.employee.ImportJob;
import id.rantai.training.reminder.TrainingReminders;
import java.io.IOException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The company's security-training programme in the console: the compliance dashboard (the rate
 * by department, job function and topic, its trend over 12, 24 or 36 months as a chart, the overdue
 * list, the exports, reminders sent on demand); the employees with each one's required topics and
 * records; and the employee CSV import with a live progress bar and its refused rows on screen and
 * as a file.
 */
@Controller
@ConsolePage
@RequestMapping("/console/training")
class TrainingPages {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int OVERDUE_SHOWN = 50;

    private final ComplianceViews views;
    private final TrainingCatalogue catalogue;
    private final EmployeeDirectory directory;
    private final EmployeeImport imports;
    private final TrainingReminders reminders;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final RefusalTexts refusals;

    TrainingPages(
            ComplianceViews views,
            TrainingCatalogue catalogue,
            EmployeeDirectory directory,
            EmployeeImport imports,
            TrainingReminders reminders,
            CurrentActor actor,
            MessageSource messages,
            RefusalTexts refusals) {
        this.views = views;
        this.catalogue = catalogue;
        this.directory = directory;
        this.imports = imports;
        this.reminders = reminders;
        this.actor = actor;
        this.messages = messages;
        this.refusals = refusals;
    }

    /** The trend as the chart script reads it: month labels and the rate at each month's end. */
    record Trend(List<String> months, List<Double> rates, List<Integer> overdue) {}

    @GetMapping
    String dashboard(@RequestParam(defaultValue = "12") int months, Model model) {
        return dashboardPage(model, months, null);
    }

    @PostMapping("/reminders")
    String sendReminders(Model model) {
        TrainingReminders.Sent sent = reminders.send(TrainingAccess.manager(actor.get()));
        return dashboardPage(model, 12, sent);
    }

    private String dashboardPage(Model model, int months, TrainingReminders.@Nullable Sent sent) {
        Actor a = actor.get();
        int span = months == 24 || months == 36 ? months : 12;
        YearMonth now = YearMonth.from(catalogue.today());
        List<TrainingCompliance.Figure> trend = views.trend(a, now.minusMonths(span - 1L), now);
        ComplianceViews.Dashboard today = views.dashboard(a);
        model.addAttribute("overall", today.overall());
        model.addAttribute("departments", today.departments());
        model.addAttribute("functions", today.jobFunctions());
        model.addAttribute("topics", today.topics());
        model.addAttribute("topicTitles", topicTitles(a));
        // The oldest first, a screenful: a dashboard of a large company must not carry thousands of rows;
        // the whole list is in the PDF report and the CSV export.
        List<ComplianceViews.Overdue> overdue = today.overdue();
        model.addAttribute("overdue", overdue.subList(0, Math.min(OVERDUE_SHOWN, overdue.size())));
        model.addAttribute("overdueTotal", overdue.size());
        model.addAttribute("months", span);
        model.addAttribute(
                "trend",
                JSON.writeValueAsString(new Trend(
                        trend.stream()
                                .map(f -> YearMonth.from(f.on()).toString())
                                .toList(),
                        trend.stream().map(TrainingCompliance.Figure::rate).toList(),
                        trend.stream().map(TrainingCompliance.Figure::overdue).toList())));
        model.addAttribute("manages", a.has(Role.ORG_ADMIN) || a.has(Role.COMPLIANCE_OFFICER));
        model.addAttribute("sent", sent);
        model.addAttribute(
                "reminders",
                a.has(Role.ORG_ADMIN) || a.has(Role.COMPLIANCE_OFFICER)
                        ? reminders.recent(TrainingAccess.member(a), 20)
                        : List.of());
        return "training/dashboard";
    }

    /** Each topic's title in the reader's language, by code. */
    private Map<String, String> topicTitles(Actor a) {
        boolean english = LocaleContextHolder.getLocale().getLanguage().equals("en");
        Map<String, String> titles = new HashMap<>();
        for (Topic t : catalogue.topicsOf(TrainingAccess.member(a))) {
            titles.put(t.code(), english ? t.titleEn() : t.titleId());
        }
        return titles;
    }

    // --- employees --------------------------------------------------------------------------

    @GetMapping("/employees")
    String employees(Model model) {
        model.addAttribute("rows", directory.list(actor.get()));
        return "training/employees";
    }

    @GetMapping("/employees/{id}")
    String employee(@PathVariable UUID id, Model model) {
        model.addAttribute("compliance", views.employee(actor.get(), id));
        model.addAttribute("topicTitles", topicTitles(actor.get()));
        return "training/employee";
    }

    // --- the import -------------------------------------------------------------------------

    @GetMapping("/import")
    String importForm(Model model) {
        model.addAttribute("errors", FieldErrors.none());
        return "training/import";
    }

    /** The file's shape is checked at once (a bad header is refused beside the field); its rows run in the background. */
    @PostMapping("/import")
    String importFile(@RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "choose the employees' CSV file");
            }
            ImportJob job = imports.start(actor.get(), file.getBytes());
            return "redirect:/console/training/imports/" + job.id();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FieldErrors.of(e));
            return "training/import";
        }
    }

    @GetMapping("/imports/{id}")
    String importJob(@PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.status(actor.get(), id));
        return "training/import-job";
    }

    /** The progress part of the import's page, which the page polls while the import runs. */
    @GetMapping("/imports/{id}/progress")
    String importProgress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", imports.status(actor.get(), id));
        return "training/import-job :: progress";
    }

    /** The refused rows as a CSV file: line, column and reason, to fix the source and import again. */
    @GetMapping("/imports/{id}/errors.csv")
    ResponseEntity<byte[]> importErrors(@PathVariable UUID id, Locale locale) {
        return SheetWriter.csvDownload(importErrorSheet(id, locale), "import-errors-" + id);
    }

    @GetMapping("/imports/{id}/errors.xlsx")
    ResponseEntity<byte[]> importErrorsXlsx(@PathVariable UUID id, Locale locale) {
        return SheetWriter.xlsxDownload("import-errors-" + id, importErrorSheet(id, locale));
    }

    private Sheet importErrorSheet(UUID id, Locale locale) {
        ImportJob job = imports.status(actor.get(), id);
        Labels l = new Labels(messages, locale);
        Sheet sheet = new Sheet(
                l.get("training.import.errors"),
                List.of(
                        l.get("training.import.col.line"),
                        l.get("training.import.col.field"),
                        l.get("training.import.col.message")));
        for (ImportJob.RowError e : job.errors()) {
            sheet.row(e.line(), e.field(), refusals.literal(e.message(), locale));
        }
        return sheet;
    }
}
