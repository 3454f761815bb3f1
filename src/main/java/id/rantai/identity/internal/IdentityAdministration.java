package id.rantai.identity.internal;

import id.rantai.identity.Actor;
import id.rantai.identity.BusinessRole;
import id.rantai.identity.Organisation;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.Wording;
import id.rantai.shared.time.OfficeTimeZone;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating organisations and users, under the rules of who may create what. */
@Service
public class IdentityAdministration {
    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_BYTES = 72;

    private final JdbcOrganisations organisations;
    private final JdbcUserAccounts users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    IdentityAdministration(
            JdbcOrganisations organisations, JdbcUserAccounts users, PasswordEncoder encoder, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    public record NewOrganisation(
            String name,
            OrganisationKind kind,
            @Nullable String code,
            @Nullable OfficeTimeZone timeZone,
            @Nullable UUID customsOfficeId,
            @Nullable Set<BusinessRole> businessRoles) {}

    public record NewUser(
            String username,
            String password,
            String fullName,
            @Nullable String email,
            @Nullable UUID organisationId,
            Set<Role> roles,
            @Nullable Official official) {}

    /**
     * What a document this user signs prints under the signature.
     *
     * @param nip      the civil servant's Nomor Induk Pegawai: 18 digits
     * @param position the position as it is written on letters ("Kepala Pusat Pendidikan dan Pelatihan Bea dan Cukai")
     */
    public record Official(
            @Size(max = 32) @Nullable String nip,
            @Size(max = 160) @Nullable String position) {
        /** Checked and trimmed; blanks become null. */
        public Official checked() {
            String n = nip == null || nip.isBlank() ? null : nip.replace(" ", "");
            if (n != null && !n.matches("\\d{18}")) {
                throw InvalidInputException.worded("official.nip", "nip");
            }
            String p = position == null || position.isBlank() ? null : position.trim();
            if (p != null && p.length() > 160) {
                throw InvalidInputException.worded("official.position", "tooLong", 160);
            }
            return new Official(n, p);
        }
    }

    public record UserView(
            UUID id,
            String username,
            String fullName,
            @Nullable String email,
            @Nullable UUID organisationId,
            boolean enabled,
            Set<Role> roles,
            Official official,
            @Nullable String language) {
        static UserView of(UserAccount u) {
            return new UserView(
                    u.id(),
                    u.username(),
                    u.fullName(),
                    u.email(),
                    u.organisationId(),
                    u.enabled(),
                    u.roles(),
                    new Official(u.nip(), u.officialPosition()),
                    u.language());
        }
    }

    @Transactional
    public Organisation createOrganisation(Actor actor, NewOrganisation n) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("Only an administrator may create organisations");
        }
        Set<BusinessRole> roles = n.businessRoles() == null ? Set.of() : n.businessRoles();
        if (n.kind() == OrganisationKind.CUSTOMS_OFFICE) {
            if (n.timeZone() == null) {
                throw new InvalidInputException("timeZone", "is required for a customs office: WIB, WITA or WIT");
            }
            if (n.code() == null || n.code().isBlank()) {
                throw new InvalidInputException("code", "is required for a customs office (its KPPBC office code)");
            }
        } else if (n.timeZone() != null) {
            throw new InvalidInputException(
                    "timeZone", "is set on customs offices only; a company uses its office's zone");
        }
        if (n.kind() == OrganisationKind.SERVICE_USER) {
            if (roles.isEmpty()) {
                throw new InvalidInputException(
                        "businessRoles", "must name at least one of IMPORTER, EXPORTER, CARRIER, TPS_OPERATOR");
            }
            if (n.customsOfficeId() == null) {
                throw new InvalidInputException(
                        "customsOfficeId", "is required: the customs office that supervises the company");
            }
        } else if (!roles.isEmpty()) {
            throw new InvalidInputException("businessRoles", "apply to service-user companies only");
        }
        if (n.customsOfficeId() != null) {
            if (n.kind() == OrganisationKind.CUSTOMS_OFFICE) {
                throw new InvalidInputException("customsOfficeId", "must be empty for a customs office");
            }
            var office = organisations
                    .find(n.customsOfficeId())
                    .orElseThrow(() -> new InvalidInputException("customsOfficeId", "names no known organisation"));
            if (!office.is(OrganisationKind.CUSTOMS_OFFICE)) {
                throw new InvalidInputException("customsOfficeId", "must name a customs office");
            }
        }
        if (n.code() != null && organisations.codeExists(n.code())) {
            throw new InvalidInputException("code", "is already used by another organisation");
        }
        var org = new Organisation(
                UUID.randomUUID(),
                n.name().trim(),
                n.kind(),
                n.code(),
                n.timeZone(),
                n.customsOfficeId(),
                roles,
                clock.instant());
        organisations.insert(org);
        return org;
    }

    @Transactional
    public UserView createUser(Actor actor, NewUser n) {
        UUID org = n.organisationId();
        if (!actor.isAdmin()) {
            if (!actor.has(Role.ORG_ADMIN) || !actor.belongsTo(org)) {
                throw new ForbiddenException(
                        "Only an administrator, or an organisation administrator for their own organisation, may create users");
            }
            if (n.roles().contains(Role.ADMIN)) {
                throw new ForbiddenException("Only an administrator may grant ADMIN");
            }
        }
        if (n.roles().isEmpty()) {
            throw new InvalidInputException("roles", "must name at least one role");
        }
        checkPassword("password", n.password());
        if (!n.username().matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new InvalidInputException("username", "must be 3-100 letters, digits or . _ @ -");
        }
        if (users.usernameTaken(n.username())) {
            throw new InvalidInputException("username", "is already taken");
        }
        if (org == null) {
            if (!n.roles().equals(Set.of(Role.ADMIN))) {
                throw new InvalidInputException(
                        "organisationId", "is required for every user but a platform administrator");
            }
        } else {
            Organisation o = organisations
                    .find(org)
                    .orElseThrow(() -> new InvalidInputException("organisationId", "names no known organisation"));
            checkRolesFit(n.roles(), o);
        }
        Official official =
                n.official() == null ? new Official(null, null) : n.official().checked();
        var account = new UserAccount(
                UUID.randomUUID(),
                n.username(),
                encoder.encode(n.password()),
                n.fullName(),
                n.email(),
                org,
                true,
                n.roles(),
                clock.instant(),
                official.nip(),
                official.position(),
                null);
        users.insert(account);
        return UserView.of(account);
    }

    public List<Organisation> visibleOrganisations(Actor actor) {
        if (actor.isAdmin()) {
            return organisations.findAll();
        }
        if (actor.isOfKind(OrganisationKind.CUSTOMS_OFFICE)) {
            return organisations.findUnderOffice(actor.organisationId());
        }
        // Companies need to pick a provider and their office when requesting a seal, so providers
        // and offices are listed to everyone; other companies are not.
        var out = new java.util.ArrayList<Organisation>();
        organisations.find(actor.organisationId()).ifPresent(out::add);
        out.addAll(organisations.findByKind(OrganisationKind.ESEAL_PROVIDER));
        out.addAll(organisations.findByKind(OrganisationKind.CUSTOMS_OFFICE));
        return out.stream().distinct().toList();
    }

    public Organisation organisation(Actor actor, UUID id) {
        return visibleOrganisations(actor).stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    public List<UserView> users(Actor actor, @Nullable UUID organisationId) {
        if (actor.isAdmin()) {
            return (organisationId == null ? users.findAll() : users.findByOrganisation(organisationId))
                    .stream().map(UserView::of).toList();
        }
        if (organisationId != null && !actor.belongsTo(organisationId)) {
            throw new NotFoundException("Organisation", organisationId);
        }
        return users.findByOrganisation(actor.organisationId()).stream()
                .map(UserView::of)
                .toList();
    }

    static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw InvalidInputException.worded(field, "tooShort", MIN_PASSWORD_LENGTH);
        }
        // BCrypt reads no more than 72 bytes; a longer password would be cut without the user knowing.
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw InvalidInputException.worded(field, "passwordTooLong", MAX_PASSWORD_BYTES);
        }
    }

    static void checkRolesFit(Set<Role> roles, Organisation o) {
        for (Role r : roles) {
            if (!r.allowedIn(o.kind())) {
                throw InvalidInputException.worded(
                        "roles",
                        "roleNotInKind",
                        Wording.label("role." + r.name()),
                        Wording.label("orgKind." + o.kind().name()));
            }
        }
    }

    public UserView me(Actor actor) {
        return users.findById(actor.userId())
                .map(UserView::of)
                .orElseThrow(() -> new NotFoundException("User", actor.userId()));
    }
}
