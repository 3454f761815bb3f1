package id.rantai.aeo;

import java.util.UUID;

/**
 * Records inside Rantai that evidence may link to (a trip, a conveyance inspection, a trade
 * partner, …). The module that owns a kind of record implements this, so a link is checked to exist
 * and to belong to the company without the AEO module reading that module's tables.
 */
public interface LinkableRecords {

    /** The link type, e.g. {@code TRIP}. */
    String type();

    boolean belongsTo(UUID recordId, UUID organisationId);
}
