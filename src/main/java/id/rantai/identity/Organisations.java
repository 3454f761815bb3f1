package id.rantai.identity;

import java.util.Optional;
import java.util.UUID;

/** Read access to organisations for other modules. */
public interface Organisations {
    Optional<Organisation> find(UUID id);

    /** Every organisation of a kind, by name: the customs offices and e-seal providers a form offers. */
    java.util.List<Organisation> ofKind(OrganisationKind kind);
}
