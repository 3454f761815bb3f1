package id.rantai.identity.web;

import id.rantai.identity.BusinessRole;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Organisation;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.internal.IdentityAdministration;
import id.rantai.identity.internal.IdentityAdministration.NewOrganisation;
import id.rantai.shared.time.OfficeTimeZone;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationController {
    private final IdentityAdministration administration;
    private final CurrentActor actor;

    OrganisationController(IdentityAdministration administration, CurrentActor actor) {
        this.administration = administration;
        this.actor = actor;
    }

    record CreateOrganisation(
            @NotBlank @Size(max = 200) @Schema(example = "KPPBC TMP Tanjung Emas")
            String name,

            @NotNull OrganisationKind kind,
            @Size(max = 32) @Schema(example = "TE") String code,
            OfficeTimeZone timeZone,
            UUID customsOfficeId,
            @Size(max = 8) Set<BusinessRole> businessRoles) {}

    /**
     * Registers an organisation: a customs office, a service-user company, an e-seal provider or a training centre.
     * Platform administrators.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Organisation create(@Valid @RequestBody CreateOrganisation body) {
        return administration.createOrganisation(
                actor.get(),
                new NewOrganisation(
                        body.name(),
                        body.kind(),
                        body.code(),
                        body.timeZone(),
                        body.customsOfficeId(),
                        body.businessRoles()));
    }

    /** The organisations the caller may see: every one for administrators, their own otherwise. */
    @GetMapping
    List<Organisation> list() {
        return administration.visibleOrganisations(actor.get());
    }

    /** One organisation. */
    @GetMapping("/{id}")
    Organisation get(@PathVariable UUID id) {
        return administration.organisation(actor.get(), id);
    }
}
