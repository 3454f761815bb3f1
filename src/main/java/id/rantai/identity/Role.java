package id.rantai.identity;

import java.util.EnumSet;
import java.util.Set;

/** A user's role. Each role belongs to the kinds of organisation it makes sense in. */
public enum Role {
    /** Platform administrator: manages organisations and users everywhere. */
    ADMIN(EnumSet.noneOf(OrganisationKind.class)),
    /** Manages the users of their own organisation. */
    ORG_ADMIN(EnumSet.allOf(OrganisationKind.class)),
    /** Customs officer: approves requests and watches every trip under the office. */
    CUSTOMS_OFFICER(EnumSet.of(OrganisationKind.CUSTOMS_OFFICE)),
    /** Staff of a service-user company: requests seals, submits route plans and documentation. */
    SERVICE_USER_STAFF(EnumSet.of(OrganisationKind.SERVICE_USER)),
    /** Staff of an e-seal provider: manages seals, installs and removes them, handles disruptions. */
    PROVIDER_STAFF(EnumSet.of(OrganisationKind.ESEAL_PROVIDER)),
    /**
     * A company's compliance officer: runs its security training programme and its AEO records,
     * and receives the overdue-training digest.
     */
    COMPLIANCE_OFFICER(EnumSet.of(OrganisationKind.SERVICE_USER, OrganisationKind.ESEAL_PROVIDER)),
    /** Staff of the training centre (pelaksana): run exams, check applications, verify data. */
    TRAINING_STAFF(EnumSet.of(OrganisationKind.TRAINING_CENTRE)),
    /** The head of the training centre (or the official delegated), who signs certificates, legalizations and letters. */
    CERTIFICATION_HEAD(EnumSet.of(OrganisationKind.TRAINING_CENTRE));

    private final Set<OrganisationKind> allowedIn;

    Role(Set<OrganisationKind> allowedIn) {
        this.allowedIn = allowedIn;
    }

    public boolean allowedIn(OrganisationKind kind) {
        return allowedIn.contains(kind);
    }
}
