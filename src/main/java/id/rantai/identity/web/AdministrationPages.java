package id.rantai.identity.web;

import id.rantai.identity.Actor;
import id.rantai.identity.BusinessRole;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Organisation;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Role;
import id.rantai.identity.internal.AccountMaintenance;
import id.rantai.identity.internal.IdentityAdministration;
import id.rantai.identity.internal.IdentityAdministration.NewOrganisation;
import id.rantai.identity.internal.IdentityAdministration.NewUser;
import id.rantai.identity.internal.IdentityAdministration.UserView;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.time.OfficeTimeZone;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import id.rantai.shared.web.RefusalTexts;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration in the console: the platform administrator manages organisations and everyone's
 * accounts; an organisation's admin manages the accounts of their own organisation — create with
 * roles, change roles, reset a password, unlock after too many wrong passwords, disable and
 * enable. The same services and rules as the API; refusals come back beside the field.
 */
@Controller
@ConsolePage
@RequestMapping("/console/admin")
class AdministrationPages {
    private final IdentityAdministration administration;
    private final AccountMaintenance accounts;
    private final CurrentActor actor;

    AdministrationPages(IdentityAdministration administration, AccountMaintenance accounts, CurrentActor actor) {
        this.administration = administration;
        this.accounts = accounts;
        this.actor = actor;
    }

    /** A new account as typed, kept when it comes back with errors. */
    record UserForm(
            @Nullable String username,
            @Nullable String fullName,
            @Nullable String email,
            @Nullable String password,
            @Nullable UUID organisationId,
            @Nullable Set<Role> roles,
            @Nullable String nip,
            @Nullable String officialPosition) {}

    /** A new organisation as typed. */
    record OrganisationForm(
            @Nullable String name,
            @Nullable OrganisationKind kind,
            @Nullable String code,
            @Nullable OfficeTimeZone timeZone,
            @Nullable UUID customsOfficeId,
            @Nullable Set<BusinessRole> businessRoles) {}

    /** A refused action on one account, shown on its row. */
    record Refusal(UUID user, @Nullable String field, String message) {}

    @GetMapping("/users")
    String users(Model model) {
        return usersPage(model, new UserForm(null, null, null, null, null, null, null, null), FieldErrors.none());
    }

    @PostMapping("/users")
    String createUser(@ModelAttribute UserForm form, Model model, RedirectAttributes r) {
        Actor a = requireUserAdmin();
        try {
            UserView created = administration.createUser(
                    a,
                    new NewUser(
                            form.username(),
                            form.password(),
                            form.fullName(),
                            blankToNull(form.email()),
                            form.organisationId(),
                            form.roles() == null ? Set.of() : form.roles(),
                            new IdentityAdministration.Official(form.nip(), form.officialPosition())));
            r.addFlashAttribute("done", created.username());
            return "redirect:/console/admin/users";
        } catch (InvalidInputException e) {
            return usersPage(model, form, FieldErrors.of(e));
        }
    }

    @PostMapping("/users/{id}/roles")
    String roles(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable Set<Role> roles, RedirectAttributes r) {
        return account(
                id,
                r,
                () -> accounts.update(
                        requireUserAdmin(),
                        id,
                        new AccountMaintenance.Changes(null, null, roles == null ? Set.of() : roles)));
    }

    @PostMapping("/users/{id}/password")
    String password(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String newPassword, RedirectAttributes r) {
        return account(id, r, () -> accounts.resetPassword(requireUserAdmin(), id, newPassword));
    }

    @PostMapping("/users/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes r) {
        return account(id, r, () -> accounts.unlock(requireUserAdmin(), id));
    }

    @PostMapping("/users/{id}/disable")
    String disable(@PathVariable UUID id, RedirectAttributes r) {
        return account(id, r, () -> accounts.setEnabled(requireUserAdmin(), id, false));
    }

    @PostMapping("/users/{id}/enable")
    String enable(@PathVariable UUID id, RedirectAttributes r) {
        return account(id, r, () -> accounts.setEnabled(requireUserAdmin(), id, true));
    }

    @GetMapping("/organisations")
    String organisations(Model model) {
        requireAdmin();
        return organisationsPage(model, new OrganisationForm(null, null, null, null, null, null), FieldErrors.none());
    }

    @PostMapping("/organisations")
    String createOrganisation(@ModelAttribute OrganisationForm form, Model model, RedirectAttributes r) {
        Actor a = requireAdmin();
        try {
            if (form.kind() == null) {
                throw InvalidInputException.worded("kind", "required");
            }
            Organisation o = administration.createOrganisation(
                    a,
                    new NewOrganisation(
                            form.name(),
                            form.kind(),
                            blankToNull(form.code()),
                            form.timeZone(),
                            form.customsOfficeId(),
                            form.businessRoles()));
            r.addFlashAttribute("done", o.name());
            return "redirect:/console/admin/organisations";
        } catch (InvalidInputException e) {
            return organisationsPage(model, form, FieldErrors.of(e));
        }
    }

    private String usersPage(Model model, UserForm form, FieldErrors errors) {
        Actor a = requireUserAdmin();
        List<Organisation> orgs = a.isAdmin()
                ? administration.visibleOrganisations(a)
                : administration.visibleOrganisations(a).stream()
                        .filter(o -> a.belongsTo(o.id()))
                        .toList();
        Map<UUID, Organisation> byId = orgs.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        model.addAttribute(
                "users",
                administration.users(a, null).stream()
                        .sorted(Comparator.comparing((UserView u) -> u.organisationId() == null
                                        ? ""
                                        : byId.containsKey(u.organisationId())
                                                ? byId.get(u.organisationId()).name()
                                                : "")
                                .thenComparing(UserView::username))
                        .toList());
        model.addAttribute(
                "organisations",
                orgs.stream().sorted(Comparator.comparing(Organisation::name)).toList());
        model.addAttribute(
                "orgNames", orgs.stream().collect(Collectors.toMap(o -> o.id().toString(), Organisation::name)));
        // Roles the person may grant: ADMIN only by an administrator.
        model.addAttribute(
                "roles",
                Arrays.stream(Role.values())
                        .filter(r -> a.isAdmin() || r != Role.ADMIN)
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "identity/users";
    }

    private String organisationsPage(Model model, OrganisationForm form, FieldErrors errors) {
        Actor a = requireAdmin();
        List<Organisation> all = administration.visibleOrganisations(a).stream()
                .sorted(Comparator.comparing(Organisation::kind).thenComparing(Organisation::name))
                .toList();
        model.addAttribute("organisations", all);
        model.addAttribute(
                "offices",
                all.stream().filter(o -> o.is(OrganisationKind.CUSTOMS_OFFICE)).toList());
        model.addAttribute(
                "officeNames", all.stream().collect(Collectors.toMap(o -> o.id().toString(), Organisation::name)));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("zones", OfficeTimeZone.values());
        model.addAttribute("businessRoles", EnumSet.allOf(BusinessRole.class));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "identity/organisations";
    }

    private String account(UUID id, RedirectAttributes r, Runnable change) {
        try {
            change.run();
            r.addFlashAttribute("changed", id);
        } catch (InvalidInputException e) {
            r.addFlashAttribute("refusal", new Refusal(id, e.field(), FieldErrors.reason(e)));
        } catch (ForbiddenException e) {
            r.addFlashAttribute("refusal", new Refusal(id, null, RefusalTexts.of(e)));
        }
        return "redirect:/console/admin/users#user-" + id;
    }

    private Actor requireUserAdmin() {
        Actor a = actor.get();
        if (!a.has(Role.ADMIN) && !a.has(Role.ORG_ADMIN)) {
            throw new ForbiddenException("Only an administrator or an organisation's admin manages accounts");
        }
        return a;
    }

    private Actor requireAdmin() {
        Actor a = actor.get();
        if (!a.has(Role.ADMIN)) {
            throw new ForbiddenException("Only the platform administrator manages organisations");
        }
        return a;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
