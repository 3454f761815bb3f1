package id.rantai.eseal.disruption;

import java.time.Instant;
import java.util.UUID;

/** The provider acknowledged or resolved a disruption report. */
public record DisruptionFollowedUp(UUID disruptionId, DisruptionStatus status, Instant at) {}
