package id.rantai.identity.internal;

import id.rantai.identity.BusinessRole;
import id.rantai.identity.Organisation;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Organisations;
import id.rantai.shared.jdbc.SqlTime;
import id.rantai.shared.time.OfficeTimeZone;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOrganisations implements Organisations {
    private final JdbcClient jdbc;

    JdbcOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Organisation o) {
        jdbc.sql("""
                INSERT INTO organisation (id, name, kind, code, time_zone, customs_office_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        o.id(),
                        o.name(),
                        o.kind().name(),
                        o.code(),
                        o.timeZone() == null ? null : o.timeZone().name(),
                        o.customsOfficeId(),
                        SqlTime.of(o.createdAt()))
                .update();
        for (BusinessRole r : o.businessRoles()) {
            jdbc.sql("INSERT INTO organisation_business_role (organisation_id, business_role) VALUES (?, ?)")
                    .params(o.id(), r.name())
                    .update();
        }
    }

    @Override
    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("SELECT * FROM organisation WHERE id = ?")
                .param(id)
                .query(this::row)
                .optional()
                .map(o -> withRoles(o, rolesOf(List.of(o.id())).getOrDefault(o.id(), Set.of())));
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Organisation> findAll() {
        return withRoles(jdbc.sql("SELECT * FROM organisation ORDER BY name")
                .query(this::row)
                .list());
    }

    /** An office and the companies it supervises. */
    List<Organisation> findUnderOffice(UUID officeId) {
        return withRoles(jdbc.sql("SELECT * FROM organisation WHERE id = ? OR customs_office_id = ? ORDER BY name")
                .params(officeId, officeId)
                .query(this::row)
                .list());
    }

    @Override
    public List<Organisation> ofKind(OrganisationKind kind) {
        return findByKind(kind).stream()
                .sorted(java.util.Comparator.comparing(Organisation::name))
                .toList();
    }

    List<Organisation> findByKind(OrganisationKind kind) {
        return withRoles(jdbc.sql("SELECT * FROM organisation WHERE kind = ? ORDER BY name")
                .param(kind.name())
                .query(this::row)
                .list());
    }

    private List<Organisation> withRoles(List<Organisation> orgs) {
        if (orgs.isEmpty()) {
            return orgs;
        }
        Map<UUID, Set<BusinessRole>> roles =
                rolesOf(orgs.stream().map(Organisation::id).toList());
        return orgs.stream()
                .map(o -> withRoles(o, roles.getOrDefault(o.id(), Set.of())))
                .toList();
    }

    private Map<UUID, Set<BusinessRole>> rolesOf(List<UUID> ids) {
        Map<UUID, Set<BusinessRole>> out = new HashMap<>();
        jdbc.sql(
                        "SELECT organisation_id, business_role FROM organisation_business_role WHERE organisation_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(BusinessRole.class))
                            .add(BusinessRole.valueOf(rs.getString(2)));
                    return null;
                })
                .list();
        return out;
    }

    private static Organisation withRoles(Organisation o, Set<BusinessRole> roles) {
        return new Organisation(
                o.id(), o.name(), o.kind(), o.code(), o.timeZone(), o.customsOfficeId(), roles, o.createdAt());
    }

    private Organisation row(ResultSet rs, int n) throws SQLException {
        String tz = rs.getString("time_zone");
        return new Organisation(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("code"),
                tz == null ? null : OfficeTimeZone.valueOf(tz),
                rs.getObject("customs_office_id", UUID.class),
                Set.of(),
                SqlTime.instant(rs, "created_at"));
    }
}
