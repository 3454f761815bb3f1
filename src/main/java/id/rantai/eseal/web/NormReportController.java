package id.rantai.eseal.web;

import id.rantai.eseal.norm.NormReportExports;
import id.rantai.eseal.norm.NormReports;
import id.rantai.eseal.norm.NormReports.Report;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.document.Download;
import id.rantai.shared.export.Labels;
import id.rantai.shared.export.SheetWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NormReportController {
    private final NormReports reports;
    private final NormReportExports exports;
    private final MessageSource messages;
    private final CurrentActor actor;

    NormReportController(NormReports reports, NormReportExports exports, MessageSource messages, CurrentActor actor) {
        this.reports = reports;
        this.exports = exports;
        this.messages = messages;
        this.actor = actor;
    }

    /** Norm compliance per office and per provider for the days from..to (inclusive, office-local). */
    @GetMapping("/api/v1/norms/report")
    Report report(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID officeId,
            @RequestParam(required = false) UUID providerId) {
        return reports.report(actor.get(), from, to, officeId, providerId);
    }

    /** The same report as a PDF/A document for the office's files. */
    @GetMapping(path = "/api/v1/norms/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID officeId,
            @RequestParam(required = false) UUID providerId,
            Locale locale) {
        Report r = reports.report(actor.get(), from, to, officeId, providerId);
        return Download.pdf("norms-" + from + "-" + to + ".pdf", exports.pdf(actor.get(), r, locale));
    }

    /** The same report as an XLSX workbook, a row per organisation and norm. */
    @GetMapping(path = "/api/v1/norms/report.xlsx", produces = SheetWriter.XLSX)
    ResponseEntity<byte[]> xlsx(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID officeId,
            @RequestParam(required = false) UUID providerId,
            Locale locale) {
        Report r = reports.report(actor.get(), from, to, officeId, providerId);
        return SheetWriter.xlsxDownload(
                "norms-" + from + "-" + to, NormReportExports.sheet(r, new Labels(messages, locale)));
    }
}
