package id.rantai.eseal.web;

import id.rantai.identity.Organisations;
import id.rantai.shared.time.OfficeTimeZone;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The display zone of a customs office (WIB when an office has none recorded). */
@Component
class OfficeZones {
    private final Organisations organisations;

    OfficeZones(Organisations organisations) {
        this.organisations = organisations;
    }

    OfficeTimeZone of(UUID officeId) {
        return organisations.timeZoneOf(officeId);
    }
}
