package id.rantai.training.catalogue;

import java.util.List;
import java.util.UUID;

/** A job function and the role-specific topics it requires. */
public record JobFunction(UUID id, UUID organisationId, String code, String name, List<UUID> topicIds) {
    public JobFunction {
        topicIds = List.copyOf(topicIds);
    }
}
