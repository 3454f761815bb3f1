package id.rantai.training.web;

import id.rantai.identity.CurrentActor;
import id.rantai.identity.Organisations;
import id.rantai.shared.document.Download;
import id.rantai.shared.export.Labels;
import id.rantai.shared.export.Sheet;
import id.rantai.shared.export.SheetWriter;
import id.rantai.training.TrainingAccess;
import id.rantai.training.TrainingCompliance;
import id.rantai.training.catalogue.TrainingCatalogue;
import id.rantai.training.compliance.ComplianceExports;
import id.rantai.training.compliance.ComplianceLedger;
import id.rantai.training.compliance.ComplianceViews;
import id.rantai.training.interop.CompletionImport;
import id.rantai.training.reminder.TrainingReminders;
import id.rantai.training.rules.PairStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Compliance views and exports, reminders on demand, and completions from other learning systems. */
@RestController
@RequestMapping("/api/v1/training")
class ComplianceController {
    private final ComplianceViews views;
    private final ComplianceLedger ledger;
    private final TrainingCatalogue catalogue;
    private final TrainingReminders reminders;
    private final CompletionImport completions;
    private final Organisations organisations;
    private final CurrentActor actor;
    private final ComplianceExports exports;
    private final MessageSource messages;

    ComplianceController(
            ComplianceViews views,
            ComplianceLedger ledger,
            TrainingCatalogue catalogue,
            TrainingReminders reminders,
            CompletionImport completions,
            Organisations organisations,
            CurrentActor actor,
            ComplianceExports exports,
            MessageSource messages) {
        this.views = views;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.reminders = reminders;
        this.completions = completions;
        this.organisations = organisations;
        this.actor = actor;
        this.exports = exports;
        this.messages = messages;
    }

    /** Grouped by ORGANISATION (default), DEPARTMENT, JOB_FUNCTION or EMPLOYEE; on a past day if {@code on} is given. */
    @GetMapping("/compliance")
    List<ComplianceViews.Row> summary(
            @RequestParam(required = false) ComplianceViews.GroupBy groupBy,
            @RequestParam(required = false) LocalDate on) {
        return views.summary(actor.get(), groupBy, on);
    }

    /** Employees with a required topic overdue, the longest overdue first. */
    @GetMapping("/compliance/overdue")
    List<ComplianceViews.Overdue> overdue() {
        return views.overdue(actor.get());
    }

    /** Month by month, e.g. {@code ?from=2026-01&to=2026-11}. */
    @GetMapping("/compliance/trend")
    List<TrainingCompliance.Figure> trend(@RequestParam YearMonth from, @RequestParam YearMonth to) {
        return views.trend(actor.get(), from, to);
    }

    /** Training compliance as CSV (UTF-8 with BOM), one row per employee and topic. */
    @GetMapping(path = "/compliance/export.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(Locale locale) {
        return SheetWriter.csvDownload(pairs(locale), "training-compliance-" + catalogue.today());
    }

    /** Training compliance as an Excel workbook. */
    @GetMapping(path = "/compliance/export.xlsx", produces = SheetWriter.XLSX)
    ResponseEntity<byte[]> xlsx(Locale locale) {
        return SheetWriter.xlsxDownload("training-compliance-" + catalogue.today(), pairs(locale));
    }

    private Sheet pairs(Locale locale) {
        UUID org = TrainingAccess.member(actor.get());
        return ComplianceExports.sheet(
                ledger.evaluate(org, catalogue.today(), null).stream()
                        .filter(p -> p.status() != PairStatus.NOT_REQUIRED)
                        .toList(),
                new Labels(messages, locale));
    }

    /** The training compliance report as PDF/A. */
    @GetMapping(path = "/compliance/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(Locale locale) {
        UUID org = TrainingAccess.member(actor.get());
        String company = organisations.find(org).map(o -> o.name()).orElse("");
        byte[] pdf = exports.pdf(company, views.report(actor.get()), catalogue.topicsOf(org), locale);
        return Download.pdf("training-compliance-" + catalogue.today() + ".pdf", pdf);
    }

    /** Sends the reminders due now for the caller's company (they are also sent on a timer). */
    @PostMapping("/reminders/send")
    TrainingReminders.Sent sendReminders() {
        return reminders.send(TrainingAccess.manager(actor.get()));
    }

    /** xAPI statements (one, or an array) from an external LMS. */
    @PostMapping(path = "/xapi/statements", consumes = MediaType.APPLICATION_JSON_VALUE)
    CompletionImport.Report xapi(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "An array of statements (a single statement, not in an array, is read too)",
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            array =
                                                    @io.swagger.v3.oas.annotations.media.ArraySchema(
                                                            schema =
                                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                                            implementation =
                                                                                    XapiDocument.Statement.class),
                                                            maxItems = 10_000)))
                    @RequestBody
                    JsonNode statements) {
        return completions.xapi(actor.get(), statements);
    }

    /** Completions as CSV (see the README for the columns). */
    @PostMapping(path = "/completions/import", consumes = "text/csv")
    CompletionImport.Report completionsCsv(@RequestBody String csv) {
        return completions.csv(actor.get(), csv);
    }
}
