package id.rantai.eseal.trip;

import id.rantai.eseal.TripParties;
import id.rantai.eseal.TripState;
import id.rantai.identity.Actor;
import id.rantai.identity.Organisation;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.shared.ContainerNumber;
import id.rantai.shared.ExpectedVersion;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.Inputs;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.Page;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Filing e-seal requests and finding the trips a viewer may see. */
@Service
public class TripRequests {
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTrips trips;
    private final Organisations organisations;
    private final ApprovalDocumentTypes documentTypes;
    private final TripTransitions transitions;
    private final Clock clock;

    TripRequests(
            JdbcTrips trips,
            Organisations organisations,
            ApprovalDocumentTypes documentTypes,
            TripTransitions transitions,
            Clock clock) {
        this.trips = trips;
        this.organisations = organisations;
        this.documentTypes = documentTypes;
        this.transitions = transitions;
        this.clock = clock;
    }

    public record NewRequest(
            String containerNumber,
            @Nullable LegalBasis legalBasis,
            UUID providerId,
            @Nullable UUID customsOfficeId) {}

    @Transactional
    public Trip request(Actor actor, NewRequest n) {
        if (!actor.has(Role.SERVICE_USER_STAFF) || !actor.isOfKind(OrganisationKind.SERVICE_USER)) {
            throw new ForbiddenException("Only staff of a service-user company may request an e-seal");
        }
        ContainerNumber container = ContainerNumber.of(n.containerNumber());
        Organisation company = organisations
                .find(actor.organisationId())
                .orElseThrow(() -> new NotFoundException("Organisation", actor.organisationId()));
        UUID officeId = n.customsOfficeId() != null ? n.customsOfficeId() : company.customsOfficeId();
        Organisation office =
                officeId == null ? null : organisations.find(officeId).orElse(null);
        if (office == null || !office.is(OrganisationKind.CUSTOMS_OFFICE)) {
            throw new InvalidInputException("customsOfficeId", "must name a customs office");
        }
        Organisation provider = organisations.find(n.providerId()).orElse(null);
        if (provider == null || !provider.is(OrganisationKind.ESEAL_PROVIDER)) {
            throw new InvalidInputException("providerId", "must name an e-seal provider");
        }
        LegalBasis basis = validLegalBasis(n.legalBasis(), officeId);
        Instant now = clock.instant();
        Trip trip = new Trip(
                UUID.randomUUID(),
                newReference(now),
                container,
                new TripParties(officeId, provider.id(), company.id()),
                null,
                basis,
                TripState.REQUESTED,
                null,
                actor.userId(),
                now,
                now,
                0);
        trips.insert(trip);
        transitions.created(trip, actor);
        return trip;
    }

    private LegalBasis validLegalBasis(@Nullable LegalBasis b, UUID officeId) {
        if (b == null) {
            throw new InvalidInputException(
                    "legalBasis",
                    "is required: an e-seal may only be requested on an approval document (BC 1.2, PLP or izin timbun)");
        }
        if (b.documentType() == null || b.documentType().isBlank()) {
            throw InvalidInputException.worded("legalBasis.documentType", "required");
        }
        if (!documentTypes.isAvailableAt(b.documentType(), officeId)) {
            throw InvalidInputException.worded("legalBasis.documentType", "documentTypeNotAccepted", b.documentType());
        }
        String number = Inputs.requiredText(b.number(), "legalBasis.number", 64);
        if (b.date() == null) {
            throw InvalidInputException.worded("legalBasis.date", "required");
        }
        // The document is dated in an Indonesian zone; UTC+9 is the latest "today" anywhere in the country.
        if (b.date().isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(9)))) {
            throw new InvalidInputException("legalBasis.date", "cannot be in the future");
        }
        String office = Inputs.requiredText(b.issuingOffice(), "legalBasis.issuingOffice", 200);
        return new LegalBasis(b.documentType(), number, b.date(), office);
    }

    private String newReference(Instant now) {
        // The UTC date as yyyyMMdd (formatting the date alone: BASIC_ISO_DATE would append the offset, "Z").
        String day = DateTimeFormatter.BASIC_ISO_DATE.format(
                now.atOffset(ZoneOffset.UTC).toLocalDate());
        while (true) {
            StringBuilder ref = new StringBuilder("ES-").append(day).append('-');
            for (int i = 0; i < 6; i++) {
                ref.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
            }
            if (!trips.referenceExists(ref.toString())) {
                return ref.toString();
            }
        }
    }

    /** A trip the actor may see; 404 otherwise, so that ids of other tenants' trips reveal nothing. */
    /**
     * The trip, if the actor may see it. A change names, in If-Match, the version it was read at:
     * the check comes before any other, so a stale read is told so (412) rather than refused for a
     * state it did not know of; the update's own version condition then guards the rest.
     */
    public Trip visible(Actor actor, UUID id) {
        Trip trip = trips.find(id)
                .filter(t -> t.parties().visibleTo(actor))
                .orElseThrow(() -> new NotFoundException("Trip", id));
        ExpectedVersion.check("Trip", trip.version());
        return trip;
    }

    /** The trips the actor may see, the newest first (without counting them all). */
    public List<Trip> search(
            Actor actor, @Nullable TripState state, @Nullable String containerNumber, int limit, int offset) {
        String container = container(containerNumber);
        return partiesOf(actor)
                .map(p -> trips.search(p.requester(), p.office(), p.provider(), state, container, limit, offset))
                .orElse(List.of());
    }

    /** One page of the trips the actor may see, the newest first, and how many there are. */
    public Page<Trip> page(
            Actor actor, @Nullable TripState state, @Nullable String containerNumber, int limit, int offset) {
        String container = container(containerNumber);
        return partiesOf(actor)
                .map(p -> trips.page(p.requester(), p.office(), p.provider(), state, container, limit, offset))
                .orElse(new Page<>(List.of(), 0));
    }

    /** Which of a trip's parties the actor is: none given for the administrator, who sees all. */
    private record Parties(
            @Nullable UUID requester,
            @Nullable UUID office,
            @Nullable UUID provider) {}

    /** The party the actor's organisation is, or nothing when it is no party to any trip. */
    private static java.util.Optional<Parties> partiesOf(Actor actor) {
        if (actor.isAdmin()) {
            return java.util.Optional.of(new Parties(null, null, null));
        }
        if (actor.organisationKind() == null) {
            return java.util.Optional.empty();
        }
        UUID org = actor.organisationId();
        return switch (actor.organisationKind()) {
            case SERVICE_USER -> java.util.Optional.of(new Parties(org, null, null));
            case CUSTOMS_OFFICE -> java.util.Optional.of(new Parties(null, org, null));
            case ESEAL_PROVIDER -> java.util.Optional.of(new Parties(null, null, org));
            case TRAINING_CENTRE -> java.util.Optional.empty();
        };
    }

    private static @Nullable String container(@Nullable String containerNumber) {
        return containerNumber == null
                ? null
                : ContainerNumber.of(containerNumber).value();
    }
}
