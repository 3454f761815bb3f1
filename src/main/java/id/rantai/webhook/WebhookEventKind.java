package id.rantai.webhook;

import id.rantai.identity.OrganisationKind;
import java.util.EnumSet;
import java.util.Set;

/** The kinds of event an organisation may subscribe to, each open to the kinds of organisation that see such events. */
public enum WebhookEventKind {
    /** A monitoring alert opened on a trip the organisation is party to. */
    ALERT_RAISED(Parties.TRIP),
    /** A trip the organisation is party to changed state. */
    TRIP_STATE_CHANGED(Parties.TRIP),
    /** An SOP time norm of the provider's or the office's was breached. */
    NORM_BREACHED(Parties.TRIP),
    /** A disruption report (laporan kendala) was filed by or with the organisation. */
    DISRUPTION_REPORTED(Parties.TRIP),
    /** Customs accepted the company's AEO self-assessment or returned it for rework. */
    AEO_REVIEW_DECIDED(EnumSet.of(OrganisationKind.SERVICE_USER, OrganisationKind.ESEAL_PROVIDER)),
    /** The training centre published an exam session's results. */
    EXAM_RESULTS_PUBLISHED(EnumSet.of(OrganisationKind.TRAINING_CENTRE)),
    /** A test event sent on request, to check an endpoint; open to every organisation. */
    PING(EnumSet.allOf(OrganisationKind.class));

    private final Set<OrganisationKind> openTo;

    WebhookEventKind(Set<OrganisationKind> openTo) {
        this.openTo = openTo;
    }

    public boolean openTo(OrganisationKind kind) {
        return openTo.contains(kind);
    }

    private static final class Parties {
        static final Set<OrganisationKind> TRIP = EnumSet.of(
                OrganisationKind.CUSTOMS_OFFICE, OrganisationKind.SERVICE_USER, OrganisationKind.ESEAL_PROVIDER);
    }
}
