package id.rantai.identity;

import java.util.Optional;
import java.util.UUID;

/** Read access to organisations for other modules. */
public interface Organisations {
    Optional<Organisation> find(UUID id);
}
