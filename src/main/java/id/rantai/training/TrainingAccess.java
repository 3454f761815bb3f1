package id.rantai.training;

import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import java.util.UUID;

/**
 * Training records belong to a company: its members read them, its administrators and compliance
 * officers run the programme. Customs offices and the training centre have none of their own here.
 */
public final class TrainingAccess {
    private TrainingAccess() {}

    public static UUID member(Actor actor) {
        if (actor.organisationId() == null
                || actor.isOfKind(OrganisationKind.CUSTOMS_OFFICE)
                || actor.isOfKind(OrganisationKind.TRAINING_CENTRE)) {
            throw new ForbiddenException("Security training records belong to a company");
        }
        return actor.organisationId();
    }

    public static UUID manager(Actor actor) {
        UUID org = member(actor);
        if (!actor.has(Role.ORG_ADMIN) && !actor.has(Role.COMPLIANCE_OFFICER)) {
            throw new ForbiddenException(
                    "The company's administrator or compliance officer runs its training programme");
        }
        return org;
    }
}
