package id.rantai.training.catalogue;

import java.time.Instant;
import java.util.UUID;

/** A training topic of one company's catalogue, at its current content version. */
public record Topic(
        UUID id,
        UUID organisationId,
        String code,
        String titleId,
        String titleEn,
        Audience audience,
        int currentVersion,
        boolean active,
        Instant createdAt) {}
