package id.rantai.certification;

import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;

/** The training centre's staff run the services; its head signs. */
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
}
