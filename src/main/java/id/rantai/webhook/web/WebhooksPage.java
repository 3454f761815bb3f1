package id.rantai.webhook.web;

import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.time.OfficeTimeZone;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import id.rantai.webhook.WebhookEventKind;
import id.rantai.webhook.delivery.WebhookDeliveries;
import id.rantai.webhook.delivery.WebhookDelivery;
import id.rantai.webhook.endpoint.WebhookEndpoint;
import id.rantai.webhook.endpoint.WebhookEndpoints;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation's webhooks in the console, for its admin: each endpoint with its latest
 * deliveries and every attempt at them; register one (its secret shown once), test it, switch it
 * on or off, give it a new secret, remove it, and send a failed delivery again.
 */
@Controller
@ConsolePage
@RequestMapping("/console/webhooks")
class WebhooksPage {
    private static final int LATEST = 10;

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final CurrentActor actor;

    WebhooksPage(WebhookEndpoints endpoints, WebhookDeliveries deliveries, CurrentActor actor) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.actor = actor;
    }

    /** An endpoint as the page shows it: with its latest deliveries, each with its attempts. */
    record EndpointRow(WebhookEndpoint endpoint, List<WebhookDelivery> latest) {}

    /** The form as typed, given back with the refusal beside its field. */
    record WebhookForm(
            @Nullable String url,
            @Nullable String description,
            @Nullable Set<WebhookEventKind> eventKinds) {}

    @GetMapping
    String page(Model model) {
        return page(model, new WebhookForm(null, null, null), FieldErrors.none());
    }

    @PostMapping
    String register(
            @RequestParam(required = false) @Nullable String url,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable Set<WebhookEventKind> eventKinds,
            Model model,
            RedirectAttributes r) {
        WebhookForm form = new WebhookForm(url, description, eventKinds);
        try {
            if (url == null || url.isBlank()) {
                throw InvalidInputException.worded("url", "required");
            }
            var issued = endpoints.register(
                    actor.get(),
                    new WebhookEndpoints.Registration(
                            null, url, description, eventKinds == null ? Set.of() : eventKinds, true));
            r.addFlashAttribute("issued", issued.signingSecret());
            return "redirect:/console/webhooks";
        } catch (InvalidInputException e) {
            return page(model, form, FieldErrors.of(e));
        }
    }

    @PostMapping("/{id}/ping")
    String ping(@PathVariable UUID id, RedirectAttributes r) {
        return done(r, "ping", () -> deliveries.ping(actor.get(), id));
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable UUID id, @RequestParam boolean on, RedirectAttributes r) {
        return done(r, on ? "on" : "off", () -> {
            WebhookEndpoint e = endpoints.visible(actor.get(), id);
            endpoints.change(
                    actor.get(),
                    id,
                    new WebhookEndpoints.Registration(null, e.url().toString(), e.description(), e.eventKinds(), on));
        });
    }

    @PostMapping("/{id}/secret")
    String rotate(@PathVariable UUID id, RedirectAttributes r) {
        var issued = endpoints.rotateSecret(actor.get(), id);
        r.addFlashAttribute("issued", issued.signingSecret());
        return "redirect:/console/webhooks";
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable UUID id, RedirectAttributes r) {
        return done(r, "removed", () -> endpoints.remove(actor.get(), id));
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/retry")
    String retry(@PathVariable UUID id, @PathVariable long deliveryId, RedirectAttributes r) {
        return done(r, "retried", () -> deliveries.retry(actor.get(), id, deliveryId));
    }

    private String done(RedirectAttributes r, String what, Runnable action) {
        try {
            action.run();
            r.addFlashAttribute("done", what);
        } catch (NotFoundException | StateConflictException e) {
            r.addFlashAttribute("refusedAction", what);
        }
        return "redirect:/console/webhooks";
    }

    private String page(Model model, WebhookForm form, FieldErrors errors) {
        Actor a = actor.get();
        List<EndpointRow> rows = endpoints.list(a).stream()
                .map(e -> new EndpointRow(
                        e,
                        deliveries.list(a, e.id(), null, LATEST, 0).items().stream()
                                .map(d -> deliveries.find(a, e.id(), d.id()))
                                .toList()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("registers", a.organisationId() != null && a.organisationKind() != null);
        model.addAttribute(
                "kinds",
                a.organisationKind() == null
                        ? List.of()
                        : Arrays.stream(WebhookEventKind.values())
                                .filter(k -> k != WebhookEventKind.PING && k.openTo(a.organisationKind()))
                                .toList());
        model.addAttribute(
                "chosen", form.eventKinds() == null ? EnumSet.noneOf(WebhookEventKind.class) : form.eventKinds());
        model.addAttribute("zone", OfficeTimeZone.WIB);
        return "webhook/webhooks";
    }
}
