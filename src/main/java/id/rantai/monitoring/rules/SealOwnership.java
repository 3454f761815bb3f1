package id.rantai.monitoring.rules;

import java.util.UUID;

/**
 * Which seals' readings this instance evaluates. On its own ({@code rantai.cluster.mode=single}) an
 * instance evaluates every seal; in a cluster, only the seals whose log partitions it owns, so that
 * each seal's readings are judged by exactly one instance, in order.
 */
public interface SealOwnership {
    boolean owns(UUID sealId);
}
