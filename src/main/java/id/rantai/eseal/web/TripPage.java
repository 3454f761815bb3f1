package id.rantai.eseal.web;

import id.rantai.audit.AuditTrail;
import id.rantai.eseal.SealStatus;
import id.rantai.eseal.TripState;
import id.rantai.eseal.disruption.DisruptionDesk;
import id.rantai.eseal.document.DocumentStep;
import id.rantai.eseal.document.TripDocumentation;
import id.rantai.eseal.inspection.ConveyanceInspections;
import id.rantai.eseal.norm.NormDeadline;
import id.rantai.eseal.norm.NormOutcome;
import id.rantai.eseal.norm.NormReports;
import id.rantai.eseal.route.JdbcRoutePlans;
import id.rantai.eseal.route.RoutePlan;
import id.rantai.eseal.route.RoutePlanning;
import id.rantai.eseal.seal.JdbcSeals;
import id.rantai.eseal.seal.SealInventory;
import id.rantai.eseal.skp.SkpDeliveries;
import id.rantai.eseal.trip.ApprovalDocumentTypes;
import id.rantai.eseal.trip.JdbcTrips;
import id.rantai.eseal.trip.Trip;
import id.rantai.eseal.trip.TripRequests;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Organisation;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.shared.time.OfficeTimeZone;
import id.rantai.shared.web.ConsoleDates;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.ConsoleProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * One trip on one page: what it is and where it stands, the step its viewer can take next (and
 * only the steps their role may take), its state timeline with who and when in the office's zone,
 * the route plan and track on a map with a replay slider, the photos, each SOP norm with its
 * countdown or outcome, the SKP deliveries, disruption reports and the audit trail. The live part
 * (position, alerts, commands) is monitoring's, loaded into the page from its own module.
 */
@Controller
@ConsolePage
@RequestMapping("/console/trips/{id}")
class TripPage {

    private final TripRequests requests;
    private final JdbcTrips trips;
    private final JdbcRoutePlans plans;
    private final TripDocumentation documents;
    private final ConveyanceInspections inspections;
    private final NormReports norms;
    private final SkpDeliveries skp;
    private final DisruptionDesk disruptions;
    private final SealInventory seals;
    private final JdbcSeals sealRecords;
    private final AuditTrail audit;
    private final Organisations organisations;
    private final OfficeZones zones;
    private final CurrentActor actor;
    private final Clock clock;
    private final ConsoleProperties console;
    private final ApprovalDocumentTypes documentTypes;

    TripPage(
            TripRequests requests,
            JdbcTrips trips,
            JdbcRoutePlans plans,
            TripDocumentation documents,
            ConveyanceInspections inspections,
            NormReports norms,
            SkpDeliveries skp,
            DisruptionDesk disruptions,
            SealInventory seals,
            JdbcSeals sealRecords,
            AuditTrail audit,
            Organisations organisations,
            OfficeZones zones,
            CurrentActor actor,
            Clock clock,
            ConsoleProperties console,
            ApprovalDocumentTypes documentTypes) {
        this.requests = requests;
        this.trips = trips;
        this.plans = plans;
        this.documents = documents;
        this.inspections = inspections;
        this.norms = norms;
        this.skp = skp;
        this.disruptions = disruptions;
        this.seals = seals;
        this.sealRecords = sealRecords;
        this.audit = audit;
        this.organisations = organisations;
        this.zones = zones;
        this.actor = actor;
        this.clock = clock;
        this.console = console;
        this.documentTypes = documentTypes;
    }

    /** One step of the state timeline. */
    record Step(
            @Nullable TripState from,
            TripState to,
            String actor,
            String at,
            @Nullable String note) {}

    /** A norm as the page shows it: its outcome, or how long is left (negative: overdue). */
    record NormLine(
            String norm,
            NormOutcome outcome,
            String due,
            @Nullable Long minutesLeft,
            @Nullable String took) {}

    /** One entry of the audit trail. */
    record AuditLine(
            String action,
            String actor,
            String at,
            @Nullable String details) {}

    /** A photo of the gallery. */
    record Photo(
            UUID id,
            DocumentStep step,
            String takenAt,
            @Nullable String fileName) {}

    /** What this viewer may do now; each flag opens one form on the page. */
    record Steps(
            boolean approve,
            boolean assignSeal,
            boolean routePlan,
            boolean ready,
            boolean inspect,
            boolean photos,
            boolean install,
            boolean arrive,
            boolean remove,
            boolean close,
            boolean cancel) {
        public boolean any() {
            return approve
                    || assignSeal
                    || routePlan
                    || ready
                    || inspect
                    || photos
                    || install
                    || arrive
                    || remove
                    || close
                    || cancel;
        }
    }

    @GetMapping
    String page(@PathVariable UUID id, Model model) {
        Actor a = actor.get();
        Trip trip = requests.visible(a, id);
        OfficeTimeZone zone = zones.of(trip.parties().customsOfficeId());
        model.addAttribute("trip", trip);
        model.addAttribute("zone", zone);
        model.addAttribute("company", name(trip.parties().requesterId()));
        model.addAttribute("office", name(trip.parties().customsOfficeId()));
        model.addAttribute("provider", name(trip.parties().providerId()));
        model.addAttribute("documentDate", ConsoleDates.date(trip.legalBasis().date()));
        model.addAttribute(
                "documentTypeName",
                documentTypes.availableAt(trip.parties().customsOfficeId()).stream()
                        .filter(d -> d.code().equals(trip.legalBasis().documentType()))
                        .map(ApprovalDocumentTypes.DocumentType::name)
                        .findFirst()
                        .orElse(trip.legalBasis().documentType()));
        model.addAttribute("updated", ConsoleDates.dateTime(trip.updatedAt(), zone));
        model.addAttribute(
                "seal",
                trip.sealId() == null ? null : sealRecords.find(trip.sealId()).orElse(null));
        model.addAttribute(
                "timeline",
                trips.transitions(id).stream()
                        .map(t -> new Step(
                                t.from(), t.to(), t.actorName(), ConsoleDates.dateTime(t.at(), zone), t.note()))
                        .toList());
        RoutePlan plan = plans.find(id).orElse(null);
        model.addAttribute("plan", plan);
        model.addAttribute("tileUrl", console.tileUrl() == null ? "" : console.tileUrl());
        model.addAttribute("tileAttribution", console.tileAttribution());
        if (plan != null) {
            model.addAttribute("planDeparture", ConsoleDates.dateTime(plan.plannedDeparture(), zone));
            model.addAttribute("planEta", ConsoleDates.dateTime(plan.eta(), zone));
            model.addAttribute("planKm", plan.distanceMeters() / 1000);
        }
        model.addAttribute(
                "photos",
                documents.list(a, id).stream()
                        .map(d -> new Photo(d.id(), d.step(), ConsoleDates.dateTime(d.takenAt(), zone), d.fileName()))
                        .toList());
        model.addAttribute("inspections", inspections.forTrip(a, id));
        model.addAttribute(
                "norms", norms.forTrip(id).stream().map(n -> normLine(n, zone)).toList());
        model.addAttribute("skp", skp.ofTrip(a, id));
        model.addAttribute(
                "disruptions",
                disruptions.list(a).stream().filter(d -> id.equals(d.tripId())).toList());
        model.addAttribute(
                "audit",
                audit.forSubject(id).stream()
                        .map(r -> new AuditLine(
                                r.action(), r.actorName(), ConsoleDates.dateTime(r.occurredAt(), zone), r.details()))
                        .toList());
        Steps steps = steps(a, trip, plan != null);
        model.addAttribute("steps", steps);
        if (steps.assignSeal()) {
            model.addAttribute("availableSeals", seals.list(a, SealStatus.AVAILABLE));
        }
        return "eseal/trip";
    }

    private Steps steps(Actor a, Trip t, boolean hasPlan) {
        TripState s = t.state();
        boolean officer = a.has(Role.CUSTOMS_OFFICER) && a.belongsTo(t.parties().customsOfficeId());
        boolean company =
                a.has(Role.SERVICE_USER_STAFF) && a.belongsTo(t.parties().requesterId());
        boolean provider = a.has(Role.PROVIDER_STAFF) && a.belongsTo(t.parties().providerId());
        boolean party = company || provider;
        return new Steps(
                officer && s == TripState.REQUESTED,
                provider && s == TripState.APPROVED,
                company && RoutePlanning.planEditable(s),
                party && s == TripState.SEAL_ASSIGNED && hasPlan,
                party && s == TripState.READY_FOR_INSTALLATION,
                party && TripDocumentation.acceptsPhotos(s),
                provider && s == TripState.READY_FOR_INSTALLATION,
                (party || officer) && (s == TripState.INSTALLED || s == TripState.IN_TRANSIT),
                provider && s == TripState.ARRIVED,
                officer && s == TripState.REMOVED,
                (company || officer) && s.canMoveTo(TripState.CANCELLED));
    }

    private NormLine normLine(NormDeadline n, OfficeTimeZone zone) {
        Long left = n.outcome() == NormOutcome.PENDING
                ? Duration.between(clock.instant(), n.dueAt()).toMinutes()
                : null;
        Duration took = n.actualDuration();
        return new NormLine(
                n.norm().name(),
                n.outcome(),
                ConsoleDates.dateTime(n.dueAt(), zone),
                left,
                took == null ? null : took.toMinutes() + ":" + String.format("%02d", took.toSecondsPart()));
    }

    private String name(@Nullable UUID id) {
        return id == null ? "—" : organisations.find(id).map(Organisation::name).orElse("—");
    }
}
