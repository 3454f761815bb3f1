package id.rantai.certification.web;

import id.rantai.certification.certificate.Certificate;
import id.rantai.certification.certificate.CertificateRegistry;
import id.rantai.certification.certificate.DatabaseInput;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import id.rantai.shared.web.FormValues;
import id.rantai.shared.web.RefusalTexts;
import java.util.Map;
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
 * Database input of certificates issued before Rantai: one officer enters a certificate from the
 * paper record, and a second — never the same person — checks it against the source documents,
 * after which it verifies publicly. The entries awaiting that check are listed here.
 */
@Controller
@ConsolePage
@RequestMapping("/console/certification/database")
class DatabaseInputPage {
    private final DatabaseInput input;
    private final CertificateRegistry registry;
    private final CurrentActor actor;

    DatabaseInputPage(DatabaseInput input, CertificateRegistry registry, CurrentActor actor) {
        this.input = input;
        this.registry = registry;
        this.actor = actor;
    }

    /** A refusal on one awaiting entry, shown on its row. */
    record Refusal(UUID id, String message) {}

    @GetMapping
    String page(Model model) {
        return page(model, Map.of(), FieldErrors.none(), null);
    }

    @PostMapping
    String enter(@RequestParam Map<String, String> form, Model model) {
        try {
            input.enter(
                    actor.get(),
                    new DatabaseInput.Entry(
                            form.get("number"),
                            form.get("holderName"),
                            FormValues.blankAsNull(form.get("nationalId")),
                            form.get("birthPlace"),
                            FormValues.date(form.get("birthDate"), "birthDate"),
                            FormValues.integer(form.get("examYear"), "examYear"),
                            FormValues.date(form.get("issuedOn"), "issuedOn")));
            return "redirect:/console/certification/database?entered";
        } catch (InvalidInputException e) {
            return page(model, form, FieldErrors.of(e), null);
        }
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable UUID id, Model model) {
        try {
            input.confirm(actor.get(), id);
            return "redirect:/console/certification/database?confirmed";
        } catch (StateConflictException e) {
            return page(model, Map.of(), FieldErrors.none(), new Refusal(id, RefusalTexts.of(e)));
        }
    }

    private String page(Model model, Map<String, String> typed, FieldErrors errors, @Nullable Refusal refusal) {
        model.addAttribute(
                "awaiting",
                registry.search(actor.get(), null, null, null).stream()
                        .filter(c -> c.status() == Certificate.Status.PENDING_VERIFICATION)
                        .toList());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute(
                "fields",
                java.util.List.of(
                        "number", "holderName", "nationalId", "birthPlace", "birthDate", "examYear", "issuedOn"));
        return "certification/desk-database";
    }
}
