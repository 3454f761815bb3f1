package id.rantai.webhook.endpoint;

import id.rantai.shared.jdbc.SqlTime;
import id.rantai.webhook.WebhookEventKind;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcWebhookEndpoints {
    private static final String COLUMNS = """
            id, organisation_id, url, description, event_kinds, signing_secret, active, created_at, updated_at""";

    private final JdbcClient jdbc;

    JdbcWebhookEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WebhookEndpoint e, UUID createdBy) {
        jdbc.sql("""
                INSERT INTO webhook_endpoint (id, organisation_id, url, description, event_kinds, signing_secret, active,
                                              created_at, created_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.id(),
                        e.organisationId(),
                        e.url().toString(),
                        e.description(),
                        codes(e.eventKinds()),
                        e.signingSecret(),
                        e.active(),
                        SqlTime.of(e.createdAt()),
                        createdBy,
                        SqlTime.of(e.updatedAt()))
                .update();
    }

    void update(WebhookEndpoint e) {
        jdbc.sql("""
                UPDATE webhook_endpoint SET url = ?, description = ?, event_kinds = ?, signing_secret = ?, active = ?,
                    updated_at = ? WHERE id = ?""")
                .params(
                        e.url().toString(),
                        e.description(),
                        codes(e.eventKinds()),
                        e.signingSecret(),
                        e.active(),
                        SqlTime.of(e.updatedAt()),
                        e.id())
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM webhook_endpoint WHERE id = ?").param(id).update();
    }

    public Optional<WebhookEndpoint> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = ?")
                .param(id)
                .query(JdbcWebhookEndpoints::row)
                .optional();
    }

    /** An organisation's endpoints, or everyone's when {@code organisation} is null; oldest first. */
    List<WebhookEndpoint> list(@Nullable UUID organisation) {
        return organisation == null
                ? jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint ORDER BY created_at, id")
                        .query(JdbcWebhookEndpoints::row)
                        .list()
                : jdbc.sql("SELECT " + COLUMNS
                                + " FROM webhook_endpoint WHERE organisation_id = ? ORDER BY created_at, id")
                        .param(organisation)
                        .query(JdbcWebhookEndpoints::row)
                        .list();
    }

    long countOf(UUID organisation) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_endpoint WHERE organisation_id = ?")
                .param(organisation)
                .query(Long.class)
                .single();
    }

    /** The active endpoints of the given organisations: those an event concerning them may go to. */
    public List<WebhookEndpoint> activeOf(Collection<UUID> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        String marks = organisations.stream().map(o -> "?").collect(Collectors.joining(", "));
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE active = TRUE AND organisation_id IN ("
                        + marks + ") ORDER BY id")
                .params(List.copyOf(organisations))
                .query(JdbcWebhookEndpoints::row)
                .list();
    }

    private static String codes(Set<WebhookEventKind> kinds) {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static WebhookEndpoint row(ResultSet rs, int n) throws SQLException {
        Set<WebhookEventKind> kinds = Arrays.stream(rs.getString("event_kinds").split(","))
                .filter(s -> !s.isBlank())
                .map(WebhookEventKind::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new WebhookEndpoint(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                URI.create(rs.getString("url")),
                rs.getString("description"),
                kinds,
                rs.getString("signing_secret"),
                rs.getBoolean("active"),
                SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "updated_at"));
    }
}
