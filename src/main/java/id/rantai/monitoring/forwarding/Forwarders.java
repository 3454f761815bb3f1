package id.rantai.monitoring.forwarding;

import id.rantai.eseal.DeviceSecrets;
import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.jdbc.SqlTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's forwarding servers and their bearer tokens. A forwarder speaks for its provider's
 * seals only.
 */
@Service
public class Forwarders {
    private final JdbcClient jdbc;
    private final Clock clock;

    Forwarders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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
        jdbc.sql("INSERT INTO forwarder (id, provider_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(f.id(), f.providerId(), f.name(), DeviceSecrets.hash(token), SqlTime.of(f.createdAt()))
                .update();
        return new ForwarderWithToken(f, token);
    }

    @Transactional
    public Forwarder revoke(Actor actor, UUID id) {
        requireProviderStaff(actor);
        Forwarder f = list(actor).stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Forwarder", id));
        jdbc.sql("UPDATE forwarder SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(SqlTime.of(clock.instant()), id)
                .update();
        return find(f.id()).orElseThrow();
    }

    public List<Forwarder> list(Actor actor) {
        if (!actor.isOfKind(OrganisationKind.ESEAL_PROVIDER) && !actor.isAdmin()) {
            throw new ForbiddenException("Forwarders belong to e-seal providers");
        }
        return actor.isAdmin()
                ? jdbc.sql("SELECT * FROM forwarder ORDER BY created_at")
                        .query(Forwarders::row)
                        .list()
                : jdbc.sql("SELECT * FROM forwarder WHERE provider_id = ? ORDER BY created_at")
                        .param(actor.organisationId())
                        .query(Forwarders::row)
                        .list();
    }

    /** The provider a bearer token speaks for, if it is a live forwarder token. */
    public Optional<UUID> providerOf(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT provider_id FROM forwarder WHERE token_hash = ? AND revoked_at IS NULL")
                .param(DeviceSecrets.hash(token.trim()))
                .query(UUID.class)
                .optional();
    }

    private Optional<Forwarder> find(UUID id) {
        return jdbc.sql("SELECT * FROM forwarder WHERE id = ?")
                .param(id)
                .query(Forwarders::row)
                .optional();
    }

    private static void requireProviderStaff(Actor actor) {
        if (!actor.has(Role.PROVIDER_STAFF) || !actor.isOfKind(OrganisationKind.ESEAL_PROVIDER)) {
            throw new ForbiddenException("Only e-seal provider staff manage forwarders");
        }
    }

    private static Forwarder row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Forwarder(
                rs.getObject("id", UUID.class),
                rs.getObject("provider_id", UUID.class),
                rs.getString("name"),
                SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "revoked_at"));
    }
}
