package id.rantai.eseal.seal;

import id.rantai.audit.AuditTrail;
import id.rantai.eseal.DeviceSecrets;
import id.rantai.eseal.SealCredentialChanged;
import id.rantai.eseal.SealStatus;
import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Role;
import id.rantai.shared.ExpectedVersion;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.Page;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A provider's seals: registration, status, and the device secret shown once. */
@Service
public class SealInventory {
    private final JdbcSeals seals;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SealInventory(JdbcSeals seals, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.seals = seals;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    public record NewSeal(
            String serialNumber, String model, @Nullable String firmware) {}

    /** A seal with its device secret in clear text; only ever returned on registration or rotation. */
    public record SealWithSecret(Seal seal, String deviceSecret) {}

    @Transactional
    public SealWithSecret register(Actor actor, NewSeal n) {
        requireProviderStaff(actor);
        String serial = n.serialNumber().trim();
        if (!serial.matches("[A-Za-z0-9._-]{3,64}")) {
            throw new InvalidInputException("serialNumber", "must be 3-64 letters, digits or . _ -");
        }
        if (seals.serialExists(serial)) {
            throw new InvalidInputException("serialNumber", "is already registered");
        }
        String secret = DeviceSecrets.generate();
        Seal seal = new Seal(
                UUID.randomUUID(),
                actor.organisationId(),
                serial,
                n.model().trim(),
                n.firmware(),
                SealStatus.AVAILABLE,
                null,
                null,
                clock.instant(),
                0);
        seals.insert(seal, DeviceSecrets.hash(secret));
        record(actor, "SEAL_REGISTERED", seal.id(), serial);
        events.publishEvent(new SealCredentialChanged(seal.id(), serial));
        return new SealWithSecret(seal, secret);
    }

    @Transactional
    public SealWithSecret rotateSecret(Actor actor, UUID id) {
        Seal seal = visible(actor, id);
        requireProviderStaff(actor);
        String secret = DeviceSecrets.generate();
        seals.updateSecret(id, DeviceSecrets.hash(secret));
        record(actor, "SEAL_SECRET_ROTATED", id, null);
        events.publishEvent(new SealCredentialChanged(id, seal.serialNumber()));
        return new SealWithSecret(seal, secret);
    }

    @Transactional
    public Seal changeStatus(Actor actor, UUID id, SealStatus target) {
        Seal seal = visible(actor, id);
        requireProviderStaff(actor);
        Seal changed = seal.changedByProvider(target);
        seals.updateStatus(changed);
        record(actor, "SEAL_STATUS_CHANGED", id, seal.status() + " -> " + target);
        events.publishEvent(new SealCredentialChanged(id, seal.serialNumber()));
        return seals.find(id).orElseThrow(); // at its new version, for the answer's ETag
    }

    public List<Seal> list(Actor actor, @Nullable SealStatus status) {
        return seals.findByProvider(inventoryOf(actor), status);
    }

    /** One page of the provider's inventory (every provider's for the administrator), by serial number. */
    public Page<Seal> page(Actor actor, @Nullable SealStatus status, int limit, int offset) {
        return seals.page(inventoryOf(actor), status, limit, offset);
    }

    /** The provider whose inventory the actor keeps; null for the administrator, who sees every one. */
    private static @Nullable UUID inventoryOf(Actor actor) {
        if (actor.isAdmin()) {
            return null;
        }
        if (!actor.isOfKind(OrganisationKind.ESEAL_PROVIDER)) {
            throw new ForbiddenException("Only e-seal providers keep a seal inventory");
        }
        return actor.organisationId();
    }

    /** A seal the actor's organisation owns (admins see all); others get 404, not 403. */
    public Seal visible(Actor actor, UUID id) {
        Seal seal = seals.find(id)
                .filter(s -> actor.isAdmin() || actor.belongsTo(s.providerId()))
                .orElseThrow(() -> new NotFoundException("Seal", id));
        // A change that names the version it read (If-Match) is checked first (see ExpectedVersion).
        ExpectedVersion.check("Seal", seal.version());
        return seal;
    }

    private static void requireProviderStaff(Actor actor) {
        if (!actor.has(Role.PROVIDER_STAFF) || !actor.isOfKind(OrganisationKind.ESEAL_PROVIDER)) {
            throw new ForbiddenException("Only e-seal provider staff manage seals");
        }
    }

    private void record(Actor actor, String action, UUID sealId, @Nullable String details) {
        audit.record(actor.auditEntry(clock.instant(), action, "SEAL", sealId, details));
    }
}
