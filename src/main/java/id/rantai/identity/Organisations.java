package id.rantai.identity;

import id.rantai.shared.time.OfficeTimeZone;
import java.util.Optional;
import java.util.UUID;

/** Read access to organisations for other modules. */
public interface Organisations {
    Optional<Organisation> find(UUID id);

    /** The zone a customs office reads its times in; WIB when the office has none recorded (or is unknown). */
    default OfficeTimeZone timeZoneOf(UUID officeId) {
        return find(officeId).map(Organisation::timeZone).orElse(OfficeTimeZone.WIB);
    }

    /** Every organisation of a kind, by name: the customs offices and e-seal providers a form offers. */
    java.util.List<Organisation> ofKind(OrganisationKind kind);
}
