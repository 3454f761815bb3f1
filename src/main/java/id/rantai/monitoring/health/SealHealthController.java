package id.rantai.monitoring.health;

import id.rantai.identity.CurrentActor;
import id.rantai.shared.document.Download;
import id.rantai.shared.export.Labels;
import id.rantai.shared.export.SheetWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SealHealthController {
    private final SealHealth health;
    private final AvailabilityExports exports;
    private final MessageSource messages;
    private final CurrentActor actor;

    SealHealthController(SealHealth health, AvailabilityExports exports, MessageSource messages, CurrentActor actor) {
        this.health = health;
        this.exports = exports;
        this.messages = messages;
        this.actor = actor;
    }

    /** Every seal of the provider with its last contact, battery and state. */
    @GetMapping("/api/v1/device-health/seals")
    List<SealHealth.SealState> seals() {
        return health.states(actor.get());
    }

    /** The provider's seals not heard from within their reporting interval. */
    @GetMapping("/api/v1/device-health/offline")
    List<SealHealth.SealState> offline() {
        return health.offline(actor.get());
    }

    /** The provider's seals' availability per day over a period. */
    @GetMapping("/api/v1/device-health/availability")
    List<SealHealth.Availability> availability(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return health.availability(actor.get(), from, to);
    }

    /** The availability report as PDF/A. */
    @GetMapping(path = "/api/v1/device-health/availability.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> availabilityPdf(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            Locale locale) {
        byte[] pdf = exports.pdf(actor.get(), from, to, health.availability(actor.get(), from, to), locale);
        return Download.pdf("availability.pdf", pdf);
    }

    /** The availability report as an Excel workbook. */
    @GetMapping(path = "/api/v1/device-health/availability.xlsx", produces = SheetWriter.XLSX)
    ResponseEntity<byte[]> availabilityXlsx(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            Locale locale) {
        return SheetWriter.xlsxDownload(
                "availability",
                AvailabilityExports.sheet(health.availability(actor.get(), from, to), new Labels(messages, locale)));
    }
}
