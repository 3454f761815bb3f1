package id.rantai.monitoring.forwarding;

import id.rantai.eseal.DeviceSecrets;
import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's forwarding servers and their bearer tokens. A forwarder speaks for its provider's
 * seals only.
 */
@Service
public class Forwarders {
    private final JdbcForwarders forwarders;
    private final Clock clock;

    Forwarders(JdbcForwarders forwarders, Clock clock) {
        this.forwarders = forwarders;
        this.clock = clock;
    }

    public record Forwarder(
            UUID id,
            UUID providerId,
            String name,
            Instant createdAt,
            @Nullable Instant revokedAt) {}

    public record ForwarderWithToken(Forwarder forwarder, String token) {}

    @Transactional
    public ForwarderWithToken create(Actor actor, String name) {
        requireProviderStaff(actor);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "is required, at most 100 characters");
        }
        String token = DeviceSecrets.generate();
        Forwarder f = new Forwarder(UUID.randomUUID(), actor.organisationId(), name.trim(), clock.instant(), null);
        forwarders.insert(f, DeviceSecrets.hash(token));
        return new ForwarderWithToken(f, token);
    }

    @Transactional
    public Forwarder revoke(Actor actor, UUID id) {
        requireProviderStaff(actor);
        Forwarder f = list(actor).stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Forwarder", id));
        forwarders.revoke(id, clock.instant());
        return forwarders.find(f.id()).orElseThrow();
    }

    public List<Forwarder> list(Actor actor) {
        if (!actor.isOfKind(OrganisationKind.ESEAL_PROVIDER) && !actor.isAdmin()) {
            throw new ForbiddenException("Forwarders belong to e-seal providers");
        }
        return forwarders.list(actor.isAdmin() ? null : actor.organisationId());
    }

    /** The provider a bearer token speaks for, if it is a live forwarder token. */
    public Optional<UUID> providerOf(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return forwarders.providerOfLiveToken(DeviceSecrets.hash(token.trim()));
    }

    private static void requireProviderStaff(Actor actor) {
        if (!actor.has(Role.PROVIDER_STAFF) || !actor.isOfKind(OrganisationKind.ESEAL_PROVIDER)) {
            throw new ForbiddenException("Only e-seal provider staff manage forwarders");
        }
    }
}
