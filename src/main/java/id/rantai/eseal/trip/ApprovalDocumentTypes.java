package id.rantai.eseal.trip;

import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of approval document a request may rest on. BC 1.2, PLP and izin timbun are national;
 * an office may add its own (for example a local permit type) for requests filed with it.
 */
@Service
public class ApprovalDocumentTypes {
    private final JdbcApprovalDocumentTypes types;

    ApprovalDocumentTypes(JdbcApprovalDocumentTypes types) {
        this.types = types;
    }

    public record DocumentType(
            UUID id, String code, String name, @Nullable UUID officeId) {}

    public List<DocumentType> availableAt(@Nullable UUID officeId) {
        return types.availableAt(officeId);
    }

    public boolean isAvailableAt(String code, UUID officeId) {
        return availableAt(officeId).stream().anyMatch(t -> t.code().equals(code));
    }

    @Transactional
    public DocumentType add(Actor actor, String code, String name) {
        if (!actor.has(Role.CUSTOMS_OFFICER) || !actor.isOfKind(OrganisationKind.CUSTOMS_OFFICE)) {
            throw new ForbiddenException("Only a customs officer may add document types for their office");
        }
        String normalised = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!normalised.matches("[A-Z0-9_]{2,32}")) {
            throw new InvalidInputException("code", "must be 2-32 letters, digits or underscores");
        }
        if (isAvailableAt(normalised, actor.organisationId())) {
            throw new InvalidInputException("code", "already exists for this office");
        }
        var type = new DocumentType(UUID.randomUUID(), normalised, name.trim(), actor.organisationId());
        types.insert(type);
        return type;
    }
}
