package id.rantai.identity.internal;

import id.rantai.identity.Role;
import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcUserAccounts {
    private final JdbcClient jdbc;

    JdbcUserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Wrong passwords since the last right one, and until when the account is locked (null: not locked). */
    record LoginCount(int failedLogins, @Nullable Instant lockedUntil) {}

    Optional<LoginCount> loginCount(UUID userId) {
        return jdbc.sql("SELECT failed_logins, locked_until FROM app_user WHERE id = ?")
                .param(userId)
                .query((rs, n) -> new LoginCount(rs.getInt("failed_logins"), SqlTime.instant(rs, "locked_until")))
                .optional();
    }

    void countFailedLogin(String username) {
        jdbc.sql("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE LOWER(username) = LOWER(?)")
                .param(username)
                .update();
    }

    /** Locks the account once it has {@code maxFailedLogins} wrong passwords; whether it did. */
    boolean lockIfFailedAtLeast(String username, int maxFailedLogins, Instant until) {
        return jdbc.sql("""
                        UPDATE app_user SET locked_until = ?, failed_logins = 0
                        WHERE LOWER(username) = LOWER(?) AND failed_logins >= ?""")
                        .params(SqlTime.of(until), username, maxFailedLogins)
                        .update()
                > 0;
    }

    void resetFailedLogins(UUID userId) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0 WHERE id = ?")
                .param(userId)
                .update();
    }

    void unlock(UUID userId) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ?")
                .param(userId)
                .update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = LOWER(?)")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UserAccount u) {
        jdbc.sql("""
                INSERT INTO app_user (id, username, password_hash, full_name, email, organisation_id, enabled, created_at,
                                      nip, official_position, preferred_language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        u.id(),
                        u.username(),
                        u.passwordHash(),
                        u.fullName(),
                        u.email(),
                        u.organisationId(),
                        u.enabled(),
                        SqlTime.of(u.createdAt()),
                        u.nip(),
                        u.officialPosition(),
                        u.language())
                .update();
        for (Role r : u.roles()) {
            jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)")
                    .params(u.id(), r.name())
                    .update();
        }
    }

    void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE id = ?")
                .params(enabled, id)
                .update();
    }

    void update(UUID id, String fullName, @Nullable String email, Set<Role> roles) {
        jdbc.sql("UPDATE app_user SET full_name = ?, email = ? WHERE id = ?")
                .params(fullName, email, id)
                .update();
        jdbc.sql("DELETE FROM app_user_role WHERE user_id = ?").param(id).update();
        for (Role r : roles) {
            jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)")
                    .params(id, r.name())
                    .update();
        }
    }

    void setOfficial(UUID id, @Nullable String nip, @Nullable String position) {
        jdbc.sql("UPDATE app_user SET nip = ?, official_position = ? WHERE id = ?")
                .params(nip, position, id)
                .update();
    }

    void setLanguage(UUID id, @Nullable String language) {
        jdbc.sql("UPDATE app_user SET preferred_language = ? WHERE id = ?")
                .params(language, id)
                .update();
    }

    void setPasswordHash(UUID id, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?")
                .params(hash, id)
                .update();
    }

    Optional<UserAccount> findByUsername(String username) {
        return withRoles(jdbc.sql("SELECT * FROM app_user WHERE LOWER(username) = LOWER(?)")
                        .param(username)
                        .query(JdbcUserAccounts::row)
                        .list())
                .stream()
                .findFirst();
    }

    Optional<UserAccount> findById(UUID id) {
        return withRoles(jdbc.sql("SELECT * FROM app_user WHERE id = ?")
                        .param(id)
                        .query(JdbcUserAccounts::row)
                        .list())
                .stream()
                .findFirst();
    }

    List<UserAccount> findByOrganisation(UUID organisationId) {
        return withRoles(jdbc.sql("SELECT * FROM app_user WHERE organisation_id = ? ORDER BY username")
                .param(organisationId)
                .query(JdbcUserAccounts::row)
                .list());
    }

    List<UserAccount> findAll() {
        return withRoles(jdbc.sql("SELECT * FROM app_user ORDER BY username")
                .query(JdbcUserAccounts::row)
                .list());
    }

    private List<UserAccount> withRoles(List<UserAccount> users) {
        if (users.isEmpty()) {
            return users;
        }
        Map<UUID, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT user_id, role FROM app_user_role WHERE user_id IN (:ids)")
                .param("ids", users.stream().map(UserAccount::id).toList())
                .query((rs, n) -> {
                    roles.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString(2)));
                    return null;
                })
                .list();
        return users.stream()
                .map(u -> u.withRoles(roles.getOrDefault(u.id(), Set.of())))
                .toList();
    }

    private static UserAccount row(ResultSet rs, int n) throws SQLException {
        return new UserAccount(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getObject("organisation_id", UUID.class),
                rs.getBoolean("enabled"),
                Set.of(),
                SqlTime.instant(rs, "created_at"),
                rs.getString("nip"),
                rs.getString("official_position"),
                rs.getString("preferred_language"));
    }
}
