package id.rantai.eseal.web;

import id.rantai.eseal.trip.ApprovalDocumentTypes;
import id.rantai.eseal.trip.ApprovalDocumentTypes.DocumentType;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Organisation;
import id.rantai.identity.Organisations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The approval document types a request may rest on, national and per office. */
@RestController
@RequestMapping("/api/v1/approval-document-types")
class DocumentTypeController {
    private final ApprovalDocumentTypes types;
    private final Organisations organisations;
    private final CurrentActor actor;

    DocumentTypeController(ApprovalDocumentTypes types, Organisations organisations, CurrentActor actor) {
        this.types = types;
        this.organisations = organisations;
        this.actor = actor;
    }

    record NewType(
            @NotBlank @Size(max = 32) String code,
            @NotBlank @Size(max = 200) String name) {}

    /** Types accepted at an office: by default the caller's own office, or the office supervising their company. */
    @GetMapping
    List<DocumentType> list(@RequestParam(required = false) UUID officeId) {
        Actor a = actor.get();
        UUID office = officeId;
        if (office == null && a.organisationId() != null) {
            Organisation own = organisations.find(a.organisationId()).orElse(null);
            if (own != null) {
                office = own.customsOfficeId() != null ? own.customsOfficeId() : own.id();
            }
        }
        return types.availableAt(office);
    }

    /**
     * Adds a kind of approval document a trip may be filed under (beside BC 1.2, PLP and the others). Administrators.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DocumentType add(@Valid @RequestBody NewType body) {
        return types.add(actor.get(), body.code(), body.name());
    }
}
