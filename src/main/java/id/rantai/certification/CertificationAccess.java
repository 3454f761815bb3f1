package id.rantai.certification;

import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.NotFoundException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The training centre's staff run the services; its head signs. Each training centre keeps its own
 * sessions, candidates, certificates, requests and complaints: another centre's are not found, as in
 * every other module. The administrator sees every centre's but acts for none.
 */
public final class CertificationAccess {
    private CertificationAccess() {}

    public static void staff(Actor actor) {
        if (actor.isAdmin()) {
            return;
        }
        if (!actor.isOfKind(OrganisationKind.TRAINING_CENTRE)
                || !(actor.has(Role.TRAINING_STAFF) || actor.has(Role.CERTIFICATION_HEAD))) {
            throw new ForbiddenException("Only the training centre's certification staff do this");
        }
    }

    public static void head(Actor actor) {
        if (!actor.isOfKind(OrganisationKind.TRAINING_CENTRE) || !actor.has(Role.CERTIFICATION_HEAD)) {
            throw new ForbiddenException("Only the head of the training centre signs");
        }
    }

    /**
     * The training centre a member of staff works for, which owns what they create: a session they
     * schedule, a certificate they enter, an import they start.
     */
    public static UUID centreOf(Actor actor) {
        staff(actor);
        if (!actor.isOfKind(OrganisationKind.TRAINING_CENTRE) || actor.organisationId() == null) {
            throw new ForbiddenException("Only the training centre's certification staff do this");
        }
        return actor.organisationId();
    }

    /** The centre whose records a list shows the actor: their own, or every centre's (null) for the administrator. */
    public static @Nullable UUID scopeOf(Actor actor) {
        staff(actor);
        return actor.isAdmin() ? null : actor.organisationId();
    }

    /**
     * Refuses, as not found, a record of another training centre: its existence is not disclosed. A
     * record with no centre is from before centres were told apart and only the administrator sees it.
     */
    public static void requireOwn(Actor actor, @Nullable UUID centre, String what, Object id) {
        staff(actor);
        if (!actor.isAdmin() && !actor.belongsTo(centre)) {
            throw new NotFoundException(what, id);
        }
    }
}
