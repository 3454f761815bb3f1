package id.rantai.aeo;

import java.time.LocalDate;
import java.util.UUID;

/** Published once per evidence (and revision) when its expiry date comes within the warning window. */
public record EvidenceExpiring(
        UUID evidenceId, UUID organisationId, UUID ownerUserId, String title, LocalDate expiryDate) {}
