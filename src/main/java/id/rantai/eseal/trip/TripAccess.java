package id.rantai.eseal.trip;

import id.rantai.identity.Actor;

/**
 * Who may see a trip: the requesting company, the customs office it is filed with, the provider
 * whose seal it uses, and platform administrators. Everyone else is told it does not exist.
 */
public final class TripAccess {
    private TripAccess() {}

    public static boolean canView(Actor actor, Trip trip) {
        if (actor.isAdmin()) {
            return true;
        }
        if (actor.organisationKind() == null) {
            return false;
        }
        return switch (actor.organisationKind()) {
            case CUSTOMS_OFFICE -> actor.belongsTo(trip.customsOfficeId());
            case SERVICE_USER -> actor.belongsTo(trip.requesterId());
            case ESEAL_PROVIDER -> actor.belongsTo(trip.providerId());
            case TRAINING_CENTRE -> false;
        };
    }

    /** The requesting company or the provider: the parties that do the work on the ground. */
    public static boolean isParty(Actor actor, Trip trip) {
        return actor.belongsTo(trip.requesterId()) || actor.belongsTo(trip.providerId());
    }
}
