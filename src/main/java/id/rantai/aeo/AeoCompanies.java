package id.rantai.aeo;

import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.shared.ForbiddenException;
import java.util.UUID;
import java.util.function.Supplier;

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

    /** The actor's company, or the refusal given (a 403 worded where it is thrown). */
    public static UUID company(Actor actor, Supplier<ForbiddenException> refusal) {
        if (!isCompany(actor)) {
            throw refusal.get();
        }
        return actor.organisationId();
    }
}
