package id.rantai.identity.web;

import id.rantai.identity.CurrentActor;
import id.rantai.identity.Role;
import id.rantai.identity.internal.AccountMaintenance;
import id.rantai.identity.internal.IdentityAdministration;
import id.rantai.identity.internal.IdentityAdministration.NewUser;
import id.rantai.identity.internal.IdentityAdministration.UserView;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UserController {
    private final IdentityAdministration administration;
    private final AccountMaintenance accounts;
    private final CurrentActor actor;

    UserController(IdentityAdministration administration, AccountMaintenance accounts, CurrentActor actor) {
        this.administration = administration;
        this.accounts = accounts;
        this.actor = actor;
    }

    record CreateUser(
            @NotBlank @Size(max = 100) @Schema(example = "siti.rahma")
            String username,

            @NotBlank @Size(max = 72) @Schema(format = "password")
            String password,

            @NotBlank @Size(max = 200) @Schema(example = "Siti Rahmawati")
            String fullName,

            @Email @Size(max = 200) @Schema(example = "siti.rahma@example.co.id")
            String email,

            UUID organisationId,
            @NotEmpty @Size(max = 16) Set<Role> roles,
            @Valid IdentityAdministration.Official official) {}

    /** Creates a user in an organisation with its roles. Administrators, or an organisation's admin for their own. */
    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@Valid @RequestBody CreateUser body) {
        return administration.createUser(
                actor.get(),
                new NewUser(
                        body.username(),
                        body.password(),
                        body.fullName(),
                        body.email(),
                        body.organisationId(),
                        body.roles(),
                        body.official()));
    }

    /** The users the caller manages, optionally of one organisation. */
    @GetMapping("/api/v1/users")
    List<UserView> list(@RequestParam(required = false) UUID organisationId) {
        return administration.users(actor.get(), organisationId);
    }

    /** Unlocks an account locked by wrong passwords. */
    @PostMapping("/api/v1/users/{id}/unlock")
    UserView unlock(@PathVariable UUID id) {
        return accounts.unlock(actor.get(), id);
    }

    record UpdateUser(
            @Size(max = 200) String fullName,
            @Size(max = 200) String email,
            @Size(max = 16) Set<Role> roles) {}

    /** Name, e-mail address and roles; what is left out stays as it is. */
    @PutMapping("/api/v1/users/{id}")
    UserView update(@PathVariable UUID id, @Valid @RequestBody UpdateUser body) {
        return accounts.update(
                actor.get(), id, new AccountMaintenance.Changes(body.fullName(), body.email(), body.roles()));
    }

    /** The NIP and position printed under this user's signature on the documents they sign. */
    @PutMapping("/api/v1/users/{id}/official")
    UserView setOfficial(@PathVariable UUID id, @Valid @RequestBody IdentityAdministration.Official body) {
        return accounts.setOfficial(actor.get(), id, body);
    }

    /** Disables an account: it can no longer sign in. */
    @PostMapping("/api/v1/users/{id}/disable")
    UserView disable(@PathVariable UUID id) {
        return accounts.setEnabled(actor.get(), id, false);
    }

    /** Enables a disabled account again. */
    @PostMapping("/api/v1/users/{id}/enable")
    UserView enable(@PathVariable UUID id) {
        return accounts.setEnabled(actor.get(), id, true);
    }

    record NewPassword(@Size(max = 72) String newPassword) {}

    /** Sets a new password for a user and unlocks the account. */
    @PostMapping("/api/v1/users/{id}/password")
    UserView resetPassword(@PathVariable UUID id, @Valid @RequestBody NewPassword body) {
        return accounts.resetPassword(actor.get(), id, body.newPassword());
    }

    record PasswordChange(
            @Size(max = 72) String currentPassword,
            @Size(max = 72) String newPassword) {}

    /** Changes the caller's own password, given the current one. */
    @PostMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody PasswordChange body) {
        accounts.changeOwnPassword(actor.get(), body.currentPassword(), body.newPassword());
    }

    record Language(@Schema(allowableValues = {"id", "en"}) String language) {}

    /** The language the user reads Rantai in (console, e-mails, documents): id or en. */
    @PutMapping("/api/v1/me/language")
    UserView setLanguage(@Valid @RequestBody Language body) {
        return accounts.setOwnLanguage(actor.get(), body.language());
    }

    /** The caller: user, organisation, roles and language. */
    @GetMapping("/api/v1/me")
    UserView me() {
        return administration.me(actor.get());
    }
}
