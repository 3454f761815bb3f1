package id.rantai.aeo.web;

import id.rantai.aeo.AeoProperties;
import id.rantai.aeo.evidence.Evidence;
import id.rantai.aeo.evidence.EvidenceLibrary;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import id.rantai.shared.web.FormValues;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The company's evidence library: every document with its revision, the day it took effect and
 * the day it expires, expired and soon-expiring ones marked first; a new document, or a new
 * revision of one, uploaded here.
 */
@Controller
@ConsolePage
@RequestMapping("/console/aeo/evidence")
class EvidenceLibraryPage {
    private final EvidenceLibrary library;
    private final AeoProperties properties;
    private final CurrentActor actor;

    EvidenceLibraryPage(EvidenceLibrary library, AeoProperties properties, CurrentActor actor) {
        this.library = library;
        this.properties = properties;
        this.actor = actor;
    }

    /** A document as the library lists it. */
    record Row(Evidence evidence, String expiryState) {}

    @GetMapping
    String list(Model model) {
        return page(model, FieldErrors.none(), null);
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String effectiveDate,
            @RequestParam(required = false) @Nullable String expiryDate,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        try {
            requireFile(file);
            library.addFile(
                    actor.get(),
                    title == null ? "" : title,
                    dates(effectiveDate, expiryDate),
                    name(file),
                    file.getInputStream());
            return "redirect:/console/aeo/evidence?added";
        } catch (InvalidInputException e) {
            return page(model, FieldErrors.of(e), null);
        }
    }

    @PostMapping("/{id}/revisions")
    String revise(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String effectiveDate,
            @RequestParam(required = false) @Nullable String expiryDate,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        try {
            requireFile(file);
            library.addRevision(actor.get(), id, dates(effectiveDate, expiryDate), name(file), file.getInputStream());
            return "redirect:/console/aeo/evidence?revised";
        } catch (InvalidInputException e) {
            return page(model, FieldErrors.of(e), id);
        }
    }

    private String page(Model model, FieldErrors errors, @Nullable UUID revising) {
        LocalDate today = library.today();
        List<Row> rows = library.list(actor.get()).stream()
                .map(e -> new Row(e, e.expiryState(today, properties.expiryWarningDays())))
                .sorted(java.util.Comparator.comparingInt((Row r) -> switch (r.expiryState()) {
                            case "EXPIRED" -> 0;
                            case "EXPIRING" -> 1;
                            default -> 2;
                        })
                        .thenComparing(r -> r.evidence().title()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("revising", revising);
        model.addAttribute("warnDays", properties.expiryWarningDays());
        return "aeo/evidence";
    }

    /** A document's dates as the forms send them, read with the field each belongs to. */
    static EvidenceLibrary.Dates dates(@Nullable String effectiveDate, @Nullable String expiryDate) {
        return new EvidenceLibrary.Dates(
                FormValues.date(effectiveDate, "effectiveDate"), FormValues.date(expiryDate, "expiryDate"));
    }

    private static void requireFile(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "choose the document's file");
        }
    }

    /** The uploaded file's own name, kept with the revision; a browser may send none. */
    static String name(MultipartFile file) {
        return file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename();
    }
}
