package id.rantai.eseal.web;

import id.rantai.eseal.TripState;
import id.rantai.eseal.trip.ApprovalDocumentTypes;
import id.rantai.eseal.trip.LegalBasis;
import id.rantai.eseal.trip.Trip;
import id.rantai.eseal.trip.TripRequests;
import id.rantai.eseal.trip.TripRequests.NewRequest;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Organisation;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.shared.ContainerNumber;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.web.ConsoleDates;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The trips a person may see, newest first (for a customs officer, filtered to {@code REQUESTED}
 * it is the approval queue), and the company's e-seal request form, checked field by field as the
 * clerk types by the same rules the API applies.
 */
@Controller
@ConsolePage
@RequestMapping("/console/trips")
class TripDeskPage {
    private static final int LIMIT = 200;

    private final TripRequests requests;
    private final ApprovalDocumentTypes documentTypes;
    private final Organisations organisations;
    private final OfficeZones zones;
    private final CurrentActor actor;

    TripDeskPage(
            TripRequests requests,
            ApprovalDocumentTypes documentTypes,
            Organisations organisations,
            OfficeZones zones,
            CurrentActor actor) {
        this.requests = requests;
        this.documentTypes = documentTypes;
        this.organisations = organisations;
        this.zones = zones;
        this.actor = actor;
    }

    /** One trip in the list. */
    record Row(
            UUID id,
            String reference,
            String container,
            TripState state,
            String company,
            String office,
            String provider,
            String updated) {}

    /** The request form as typed, kept when it comes back with errors. */
    record RequestForm(
            @Nullable String containerNumber,
            @Nullable String documentType,
            @Nullable String documentNumber,
            @Nullable String documentDate,
            @Nullable String issuingOffice,
            @Nullable UUID providerId,
            @Nullable UUID customsOfficeId) {
        static RequestForm empty(@Nullable UUID office) {
            return new RequestForm(null, null, null, null, null, null, office);
        }
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable TripState state,
            @RequestParam(required = false) @Nullable String container,
            Model model) {
        Actor a = actor.get();
        Map<UUID, String> names = new HashMap<>();
        List<Row> rows = requests.search(a, state, blankToNull(container), LIMIT, 0).stream()
                .map(t -> new Row(
                        t.id(),
                        t.reference(),
                        t.containerNumber().value(),
                        t.state(),
                        name(names, t.parties().requesterId()),
                        name(names, t.parties().customsOfficeId()),
                        name(names, t.parties().providerId()),
                        ConsoleDates.dateTime(
                                t.updatedAt(), zones.of(t.parties().customsOfficeId()))))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("state", state);
        model.addAttribute("container", container);
        model.addAttribute("states", TripState.values());
        model.addAttribute("mayRequest", mayRequest(a));
        return "eseal/trips";
    }

    @GetMapping("/new")
    String requestForm(Model model) {
        Actor a = actor.get();
        requireRequester(a);
        UUID office = organisations
                .find(a.organisationId())
                .map(Organisation::customsOfficeId)
                .orElse(null);
        return form(model, RequestForm.empty(office), FieldErrors.none());
    }

    @PostMapping("/new")
    String request(@ModelAttribute RequestForm form, Model model) {
        Actor a = actor.get();
        requireRequester(a);
        Trip trip;
        try {
            trip = requests.request(
                    a,
                    new NewRequest(
                            form.containerNumber(), legalBasis(form), form.providerId(), form.customsOfficeId()));
        } catch (InvalidInputException e) {
            return form(model, form, FieldErrors.of(e));
        }
        return "redirect:/console/trips/" + trip.id();
    }

    /**
     * One field checked as it is typed (htmx posts the whole form): answers the message to show
     * beside it, empty when it is fine.
     */
    @PostMapping("/new/check")
    String check(@RequestParam String field, @ModelAttribute RequestForm form, Model model) {
        String error = null;
        try {
            switch (field) {
                case "containerNumber" -> ContainerNumber.of(form.containerNumber());
                case "legalBasis.documentType" -> {
                    if (!isBlank(form.documentType())
                            && form.customsOfficeId() != null
                            && !documentTypes.isAvailableAt(form.documentType(), form.customsOfficeId())) {
                        throw new InvalidInputException(field, "is not accepted by this office");
                    }
                }
                case "legalBasis.date" -> parseDate(form.documentDate());
                default -> throw new InvalidInputException("field", "cannot be checked on its own");
            }
        } catch (InvalidInputException e) {
            error = FieldErrors.reason(e);
        }
        model.addAttribute("id", field.replace('.', '-') + "-error");
        model.addAttribute("error", error);
        return "eseal/trip-request :: checked";
    }

    private String form(Model model, RequestForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("offices", organisations.ofKind(OrganisationKind.CUSTOMS_OFFICE));
        model.addAttribute("providers", organisations.ofKind(OrganisationKind.ESEAL_PROVIDER));
        model.addAttribute("documentTypes", documentTypes.availableAt(form.customsOfficeId()));
        return "eseal/trip-request";
    }

    private static @Nullable LegalBasis legalBasis(RequestForm f) {
        if (isBlank(f.documentType()) && isBlank(f.documentNumber()) && isBlank(f.documentDate())) {
            return null;
        }
        return new LegalBasis(f.documentType(), f.documentNumber(), parseDate(f.documentDate()), f.issuingOffice());
    }

    private static @Nullable LocalDate parseDate(@Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("legalBasis.date", "must be a date (yyyy-mm-dd)");
        }
    }

    private static boolean mayRequest(Actor a) {
        return a.has(Role.SERVICE_USER_STAFF) && a.isOfKind(OrganisationKind.SERVICE_USER);
    }

    private static void requireRequester(Actor a) {
        if (!mayRequest(a)) {
            throw new ForbiddenException("Only staff of a service-user company may request an e-seal");
        }
    }

    private String name(Map<UUID, String> cache, @Nullable UUID id) {
        if (id == null) {
            return "—";
        }
        return cache.computeIfAbsent(
                id, k -> organisations.find(k).map(Organisation::name).orElse("—"));
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return isBlank(s) ? null : s.trim();
    }
}
