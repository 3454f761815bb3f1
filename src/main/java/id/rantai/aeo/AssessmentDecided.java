package id.rantai.aeo;

import java.time.Instant;
import java.util.UUID;

/** Customs decided on a submitted AEO self-assessment: accepted, or returned for rework. */
public record AssessmentDecided(
        UUID assessmentId, UUID organisationId, boolean accepted, int round, Instant decidedAt) {}
