package id.rantai.aeo.evidence;

import java.time.Instant;
import java.util.UUID;

/** One uploaded version of a file evidence; earlier revisions are kept. */
public record EvidenceRevision(
        UUID evidenceId,
        int revision,
        String sha256,
        String filename,
        String contentType,
        long sizeBytes,
        Instant uploadedAt,
        UUID uploadedBy) {}
