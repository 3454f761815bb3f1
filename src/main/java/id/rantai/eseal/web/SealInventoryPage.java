package id.rantai.eseal.web;

import id.rantai.eseal.SealStatus;
import id.rantai.eseal.seal.Seal;
import id.rantai.eseal.seal.SealInventory;
import id.rantai.eseal.seal.SealInventory.NewSeal;
import id.rantai.eseal.seal.SealInventory.SealWithSecret;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.time.OfficeTimeZone;
import id.rantai.shared.web.ConsoleDates;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import id.rantai.shared.web.RefusalTexts;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The provider's seal inventory: every seal with its status, battery and last contact; register a
 * seal, and rotate a device secret — a secret is shown once, on the page that made it, with a copy
 * button, and is never shown again (Rantai keeps only its hash); take a seal out of service or put
 * it back.
 */
@Controller
@ConsolePage
@RequestMapping("/console/seals")
class SealInventoryPage {
    private final SealInventory inventory;
    private final CurrentActor actor;

    SealInventoryPage(SealInventory inventory, CurrentActor actor) {
        this.inventory = inventory;
        this.actor = actor;
    }

    /** A seal as the list shows it. */
    record Row(
            UUID id,
            String serial,
            String model,
            @Nullable String firmware,
            SealStatus status,
            @Nullable Integer battery,
            String lastContact) {}

    /** A new seal as typed. */
    record SealForm(
            @Nullable String serialNumber,
            @Nullable String model,
            @Nullable String firmware) {}

    @GetMapping
    String list(@RequestParam(required = false) @Nullable SealStatus status, Model model) {
        return page(model, status, new SealForm(null, "JT701", null), FieldErrors.none(), null, null);
    }

    @PostMapping
    String register(@ModelAttribute SealForm form, Model model) {
        try {
            SealWithSecret s =
                    inventory.register(actor.get(), new NewSeal(form.serialNumber(), form.model(), form.firmware()));
            return page(model, null, new SealForm(null, form.model(), form.firmware()), FieldErrors.none(), s, null);
        } catch (InvalidInputException e) {
            return page(model, null, form, FieldErrors.of(e), null, null);
        }
    }

    @PostMapping("/{id}/secret")
    String rotate(@PathVariable UUID id, Model model) {
        SealWithSecret s = inventory.rotateSecret(actor.get(), id);
        return page(model, null, new SealForm(null, "JT701", null), FieldErrors.none(), s, null);
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable UUID id, @RequestParam SealStatus status, Model model) {
        String refusal = null;
        try {
            inventory.changeStatus(actor.get(), id, status);
        } catch (StateConflictException | InvalidInputException e) {
            refusal = RefusalTexts.of(e);
        }
        return page(model, null, new SealForm(null, "JT701", null), FieldErrors.none(), null, refusal);
    }

    private String page(
            Model model,
            @Nullable SealStatus status,
            SealForm form,
            FieldErrors errors,
            @Nullable SealWithSecret secret,
            @Nullable String refusal) {
        List<Seal> seals = inventory.list(actor.get(), status);
        model.addAttribute(
                "rows",
                seals.stream()
                        .map(s -> new Row(
                                s.id(),
                                s.serialNumber(),
                                s.model(),
                                s.firmware(),
                                s.status(),
                                s.batteryPercent(),
                                ConsoleDates.dateTime(s.lastContactAt(), OfficeTimeZone.WIB)))
                        .toList());
        model.addAttribute("status", status);
        model.addAttribute("statuses", SealStatus.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("secret", secret);
        model.addAttribute("refusal", refusal);
        return "eseal/seals";
    }
}
