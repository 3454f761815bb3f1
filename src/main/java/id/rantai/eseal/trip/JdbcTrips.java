package id.rantai.eseal.trip;

import id.rantai.eseal.TripParties;
import id.rantai.eseal.TripState;
import id.rantai.shared.ContainerNumber;
import id.rantai.shared.Page;
import id.rantai.shared.jdbc.PagedQuery;
import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcTrips {
    private final JdbcClient jdbc;

    JdbcTrips(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One recorded state change of a trip. */
    public record Transition(
            @Nullable TripState from,
            TripState to,
            @Nullable UUID actorId,
            String actorName,
            Instant at,
            @Nullable String note) {}

    void insert(Trip t) {
        LegalBasis b = t.legalBasis();
        jdbc.sql("""
                INSERT INTO trip (id, reference, container_number, requester_id, customs_office_id, provider_id, seal_id,
                                  document_type, document_number, document_date, document_issuing_office, state,
                                  state_reason, created_by, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        t.id(),
                        t.reference(),
                        t.containerNumber().value(),
                        t.parties().requesterId(),
                        t.parties().customsOfficeId(),
                        t.parties().providerId(),
                        t.sealId(),
                        b.documentType(),
                        b.number(),
                        b.date(),
                        b.issuingOffice(),
                        t.state().name(),
                        t.stateReason(),
                        t.createdBy(),
                        SqlTime.of(t.createdAt()),
                        SqlTime.of(t.updatedAt()))
                .update();
    }

    boolean referenceExists(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM trip WHERE reference = ?")
                        .param(reference)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Saves state and seal, failing if the trip changed since it was read (two officers, one click each). */
    Trip update(Trip t) {
        int n = jdbc.sql("""
                UPDATE trip SET state = ?, state_reason = ?, seal_id = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(t.state().name(), t.stateReason(), t.sealId(), SqlTime.of(t.updatedAt()), t.id(), t.version())
                .update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("Trip " + t.reference() + " changed concurrently");
        }
        return new Trip(
                t.id(),
                t.reference(),
                t.containerNumber(),
                t.parties(),
                t.sealId(),
                t.legalBasis(),
                t.state(),
                t.stateReason(),
                t.createdBy(),
                t.createdAt(),
                t.updatedAt(),
                t.version() + 1);
    }

    void insertTransition(UUID tripId, Transition tr) {
        jdbc.sql("""
                INSERT INTO trip_transition (trip_id, from_state, to_state, actor_id, actor_name, occurred_at, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tripId,
                        tr.from() == null ? null : tr.from().name(),
                        tr.to().name(),
                        tr.actorId(),
                        tr.actorName(),
                        SqlTime.of(tr.at()),
                        tr.note())
                .update();
    }

    public List<Transition> transitions(UUID tripId) {
        return jdbc.sql("SELECT * FROM trip_transition WHERE trip_id = ? ORDER BY id")
                .param(tripId)
                .query((rs, n) -> {
                    String from = rs.getString("from_state");
                    return new Transition(
                            from == null ? null : TripState.valueOf(from),
                            TripState.valueOf(rs.getString("to_state")),
                            rs.getObject("actor_id", UUID.class),
                            rs.getString("actor_name"),
                            SqlTime.instant(rs, "occurred_at"),
                            rs.getString("note"));
                })
                .list();
    }

    public Optional<Trip> find(UUID id) {
        return jdbc.sql("SELECT * FROM trip WHERE id = ?")
                .param(id)
                .query(JdbcTrips::row)
                .optional();
    }

    /**
     * Trips filtered by the columns tenancy uses. Null filters are not applied; the caller passes the
     * one that matches the viewer's organisation.
     */
    List<Trip> search(
            @Nullable UUID requesterId,
            @Nullable UUID officeId,
            @Nullable UUID providerId,
            @Nullable TripState state,
            @Nullable String containerNumber,
            int limit,
            int offset) {
        return matching(requesterId, officeId, providerId, state, containerNumber)
                .list(jdbc, JdbcTrips::row, limit, offset);
    }

    /** One page of the trips matching, the newest first, and how many match. */
    Page<Trip> page(
            @Nullable UUID requesterId,
            @Nullable UUID officeId,
            @Nullable UUID providerId,
            @Nullable TripState state,
            @Nullable String containerNumber,
            int limit,
            int offset) {
        return matching(requesterId, officeId, providerId, state, containerNumber)
                .page(jdbc, JdbcTrips::row, limit, offset);
    }

    private static PagedQuery matching(
            @Nullable UUID requesterId,
            @Nullable UUID officeId,
            @Nullable UUID providerId,
            @Nullable TripState state,
            @Nullable String containerNumber) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        filter(where, params, "requester_id", requesterId);
        filter(where, params, "customs_office_id", officeId);
        filter(where, params, "provider_id", providerId);
        filter(where, params, "state", state == null ? null : state.name());
        filter(where, params, "container_number", containerNumber);
        return new PagedQuery("trip", where.toString(), params, "created_at DESC, id");
    }

    /** The trips monitoring watches: a seal on, not yet arrived or removed. */
    public List<Trip> sealedAndMoving() {
        return jdbc.sql(
                        "SELECT * FROM trip WHERE state IN ('INSTALLED', 'IN_TRANSIT', 'ARRIVED') AND seal_id IS NOT NULL")
                .query(JdbcTrips::row)
                .list();
    }

    private static void filter(StringBuilder sql, List<Object> params, String column, @Nullable Object value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    static Trip row(ResultSet rs, int n) throws SQLException {
        return new Trip(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                new ContainerNumber(rs.getString("container_number")),
                new TripParties(
                        rs.getObject("customs_office_id", UUID.class),
                        rs.getObject("provider_id", UUID.class),
                        rs.getObject("requester_id", UUID.class)),
                rs.getObject("seal_id", UUID.class),
                new LegalBasis(
                        rs.getString("document_type"),
                        rs.getString("document_number"),
                        rs.getObject("document_date", LocalDate.class),
                        rs.getString("document_issuing_office")),
                TripState.valueOf(rs.getString("state")),
                rs.getString("state_reason"),
                rs.getObject("created_by", UUID.class),
                SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
