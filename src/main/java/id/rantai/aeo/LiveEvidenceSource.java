package id.rantai.aeo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Proof a criterion can take straight from what a company does in Rantai. A module that holds such
 * proof (the seal norms of its trips, its training records) implements this; the AEO module asks
 * every source at the moment a criterion is viewed and freezes the answers when an assessment is
 * submitted. The AEO module never reads another module's tables.
 */
public interface LiveEvidenceSource {

    /** Which kind of proof this source gives; criteria name the kinds they show. */
    LiveEvidence kind();

    /** The figures for one company now; empty when it has nothing of this kind yet. */
    List<LiveFigure> figures(UUID organisationId, Instant now);
}
