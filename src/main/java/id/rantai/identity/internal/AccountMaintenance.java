package id.rantai.identity.internal;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.identity.Actor;
import id.rantai.identity.Organisation;
import id.rantai.identity.Role;
import id.rantai.identity.internal.IdentityAdministration.UserView;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.Inputs;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looking after accounts once they exist: a user changes their own password; an administrator, or
 * the organisation's ORG_ADMIN for its own people, changes someone's name, address and roles,
 * resets a password, disables a leaver (and enables them again) and lifts a login lock. Every act
 * is in the audit trail.
 */
@Service
public class AccountMaintenance {
    private final JdbcUserAccounts users;
    private final JdbcOrganisations organisations;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    AccountMaintenance(
            JdbcUserAccounts users,
            JdbcOrganisations organisations,
            LoginAttempts attempts,
            PasswordEncoder encoder,
            AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.attempts = attempts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    public record Changes(
            @Nullable String fullName,
            @Nullable String email,
            @Nullable Set<Role> roles) {}

    @Transactional
    public void changeOwnPassword(Actor actor, @Nullable String currentPassword, @Nullable String newPassword) {
        UserAccount u = users.findById(actor.userId()).orElseThrow(() -> new NotFoundException("User", actor.userId()));
        if (currentPassword == null || !encoder.matches(currentPassword, u.passwordHash())) {
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        IdentityAdministration.checkPassword("newPassword", newPassword);
        users.setPasswordHash(u.id(), encoder.encode(newPassword));
        record(actor, "USER_PASSWORD_CHANGED", u, null);
    }

    @Transactional
    public UserView resetPassword(Actor actor, UUID userId, @Nullable String newPassword) {
        UserAccount u = manageable(actor, userId);
        IdentityAdministration.checkPassword("newPassword", newPassword);
        users.setPasswordHash(u.id(), encoder.encode(newPassword));
        attempts.unlock(u.id());
        record(actor, "USER_PASSWORD_RESET", u, null);
        return view(u.id());
    }

    @Transactional
    public UserView setEnabled(Actor actor, UUID userId, boolean enabled) {
        UserAccount u = manageable(actor, userId);
        if (!enabled && u.id().equals(actor.userId())) {
            throw new StateConflictException("You cannot disable your own account", "ENABLED");
        }
        users.setEnabled(u.id(), enabled);
        record(actor, enabled ? "USER_ENABLED" : "USER_DISABLED", u, null);
        return view(u.id());
    }

    @Transactional
    public UserView update(Actor actor, UUID userId, Changes c) {
        UserAccount u = manageable(actor, userId);
        String fullName = c.fullName() == null ? u.fullName() : Inputs.requiredText(c.fullName(), "fullName", 200);
        String email = c.email() == null
                ? u.email()
                : c.email().isBlank() ? null : c.email().trim();
        if (email != null && !Inputs.isEmail(email)) {
            throw InvalidInputException.worded("email", "notEmail");
        }
        Set<Role> roles = c.roles() == null ? u.roles() : Set.copyOf(c.roles());
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "must name at least one role");
        }
        if (!actor.isAdmin() && roles.contains(Role.ADMIN)) {
            throw new ForbiddenException("Only an administrator may grant ADMIN");
        }
        if (u.organisationId() == null) {
            if (!roles.equals(Set.of(Role.ADMIN))) {
                throw new InvalidInputException("roles", "a platform administrator holds ADMIN only");
            }
        } else {
            Organisation o = organisations.find(u.organisationId()).orElseThrow();
            IdentityAdministration.checkRolesFit(roles, o);
        }
        if (u.id().equals(actor.userId()) && !roles.containsAll(actor.roles())) {
            throw new StateConflictException("You cannot take roles away from yourself", "ROLES");
        }
        users.update(u.id(), fullName, email, roles);
        record(actor, "USER_UPDATED", u, "roles " + roles);
        return view(u.id());
    }

    /** Sets the NIP and position printed when this user signs a document. */
    @Transactional
    public UserView setOfficial(Actor actor, UUID userId, IdentityAdministration.Official official) {
        UserAccount u = manageable(actor, userId);
        IdentityAdministration.Official checked = official.checked();
        users.setOfficial(u.id(), checked.nip(), checked.position());
        record(actor, "USER_UPDATED", u, "official details");
        return view(u.id());
    }

    /** The language the user reads the console, e-mails and documents in: {@code id} or {@code en}. */
    @Transactional
    public UserView setOwnLanguage(Actor actor, @Nullable String language) {
        if (language == null || !(language.equals("id") || language.equals("en"))) {
            throw InvalidInputException.worded("language", "language");
        }
        users.setLanguage(actor.userId(), language);
        return view(actor.userId());
    }

    @Transactional
    public UserView unlock(Actor actor, UUID userId) {
        UserAccount u = manageable(actor, userId);
        attempts.unlock(u.id());
        record(actor, "USER_UNLOCKED", u, null);
        return view(u.id());
    }

    /** An account the actor looks after: 404 outside their organisation, 403 inside it without ORG_ADMIN. */
    private UserAccount manageable(Actor actor, UUID userId) {
        UserAccount u = users.findById(userId)
                .filter(x -> actor.isAdmin() || (x.organisationId() != null && actor.belongsTo(x.organisationId())))
                .orElseThrow(() -> new NotFoundException("User", userId));
        if (!actor.isAdmin() && !actor.has(Role.ORG_ADMIN)) {
            throw new ForbiddenException(
                    "Only an administrator or the organisation's administrator looks after accounts");
        }
        return u;
    }

    private UserView view(UUID id) {
        return users.findById(id).map(UserView::of).orElseThrow();
    }

    private void record(Actor actor, String action, UserAccount u, @Nullable String details) {
        audit.record(new AuditRecord(
                clock.instant(),
                actor.userId(),
                actor.username(),
                u.organisationId(),
                action,
                "User",
                u.id(),
                details));
    }
}
