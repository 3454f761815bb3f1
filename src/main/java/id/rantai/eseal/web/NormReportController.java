package id.rantai.eseal.web;

import id.rantai.eseal.norm.NormReports;
import id.rantai.eseal.norm.NormReports.Report;
import id.rantai.identity.CurrentActor;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NormReportController {
    private final NormReports reports;
    private final CurrentActor actor;

    NormReportController(NormReports reports, CurrentActor actor) {
        this.reports = reports;
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
}
