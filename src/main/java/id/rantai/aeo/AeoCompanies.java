package id.rantai.aeo;

import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.shared.ForbiddenException;
import java.util.UUID;

/**
 * Who keeps an AEO self-assessment, its evidence and its records: a company — a service user or an
 * e-seal provider, the economic operators the programme certifies. Customs reviews; a training
 * centre, whatever roles its staff hold there, has no part in it.
 */
public final class AeoCompanies {
    private AeoCompanies() {}

    public static boolean isCompany(Actor actor) {
        return actor.organisationId() != null
                && (actor.isOfKind(OrganisationKind.SERVICE_USER) || actor.isOfKind(OrganisationKind.ESEAL_PROVIDER));
    }

    /** The actor's company, or 403 with the refusal given. */
    public static UUID company(Actor actor, String refusal) {
        if (!isCompany(actor)) {
            throw new ForbiddenException(refusal);
        }
        return actor.organisationId();
    }
}
