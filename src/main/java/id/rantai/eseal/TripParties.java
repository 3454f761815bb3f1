package id.rantai.eseal;

import id.rantai.identity.Actor;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The organisations a trip involves: the customs office it is filed with, the provider whose seal it
 * uses and the requesting company. They, and platform administrators, may see the trip and
 * everything about it — its alerts, positions, documents and live events; everyone else is told it
 * does not exist. The one place that rule is written.
 *
 * <p>A live event about a seal on no trip names only its provider; the other two are then null.
 */
public record TripParties(
        @Nullable UUID customsOfficeId,
        @Nullable UUID providerId,
        @Nullable UUID requesterId) {

    public boolean visibleTo(Actor actor) {
        return actor.isAdmin() || isParty(actor);
    }

    /** The actor belongs to one of the three organisations (an administrator as such does not). */
    public boolean isParty(Actor actor) {
        return actor.belongsTo(customsOfficeId) || actor.belongsTo(providerId) || actor.belongsTo(requesterId);
    }

    /** The requesting company or the provider: the parties that do the work on the ground. */
    public boolean worksOnTheGround(Actor actor) {
        return actor.belongsTo(requesterId) || actor.belongsTo(providerId);
    }
}
