package id.rantai.certification;

import id.rantai.identity.Organisation;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Organisations;
import id.rantai.shared.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The training centres a member of the public addresses: a complaint, or a certificate to be entered
 * into the database, goes to the centre they name. Where only one centre runs on Rantai, as the
 * customs training centre alone does today, naming it is not needed.
 */
@Component
public class TrainingCentres {
    private final Organisations organisations;

    TrainingCentres(Organisations organisations) {
        this.organisations = organisations;
    }

    /** Every training centre, by name: what a public form offers. */
    public List<Organisation> all() {
        return organisations.ofKind(OrganisationKind.TRAINING_CENTRE);
    }

    /** The centre named in the field, or the only one when none is named; refused when it is not a training centre. */
    public UUID addressed(@Nullable UUID named, String field) {
        if (named != null) {
            return organisations
                    .find(named)
                    .filter(o -> o.is(OrganisationKind.TRAINING_CENTRE))
                    .map(Organisation::id)
                    .orElseThrow(() -> InvalidInputException.worded(field, "notTrainingCentre"));
        }
        List<Organisation> centres = all();
        if (centres.size() != 1) {
            throw InvalidInputException.worded(field, "required");
        }
        return centres.get(0).id();
    }
}
