package id.rantai.eseal.norm;

import id.rantai.eseal.Norm;
import id.rantai.identity.Actor;
import id.rantai.identity.Organisation;
import id.rantai.identity.Organisations;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.time.OfficeTimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Norm compliance per customs office and per provider over a period of calendar days. A day is the
 * day in the office's own zone (WIB, WITA, WIT), as the office counts it.
 */
@Service
@EnableConfigurationProperties(NormProperties.class)
public class NormReports {
    static final int MAX_DAYS = 366;

    private final JdbcNormDeadlines deadlines;
    private final Organisations organisations;

    NormReports(JdbcNormDeadlines deadlines, Organisations organisations) {
        this.deadlines = deadlines;
        this.organisations = organisations;
    }

    public record Group(UUID id, String name, List<NormFigures> norms) {}

    public record Report(LocalDate from, LocalDate to, List<Group> byOffice, List<Group> byProvider) {}

    public Report report(
            Actor actor, LocalDate from, LocalDate to, @Nullable UUID officeId, @Nullable UUID providerId) {
        if (to.isBefore(from)) {
            throw InvalidInputException.worded("to", "beforeFrom");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw InvalidInputException.worded("to", "reportTooLong", MAX_DAYS);
        }
        UUID requesterId = null;
        if (!actor.isAdmin()) {
            if (actor.organisationKind() == null) {
                throw new ForbiddenException("No organisation");
            }
            switch (actor.organisationKind()) {
                case CUSTOMS_OFFICE -> officeId = own(actor, officeId, "officeId");
                case ESEAL_PROVIDER -> providerId = own(actor, providerId, "providerId");
                case SERVICE_USER -> requesterId = actor.organisationId();
                case TRAINING_CENTRE -> throw new ForbiddenException("The training centre has no e-seal norms");
            }
        }
        // The widest window any Indonesian zone could mean; each deadline is then judged in its office's zone.
        Instant start = from.atStartOfDay(ZoneOffset.ofHours(9)).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.ofHours(7)).toInstant();
        Map<UUID, Organisation> orgs = new HashMap<>();
        Function<UUID, Organisation> org =
                id -> orgs.computeIfAbsent(id, k -> organisations.find(k).orElse(null));
        List<NormDeadline> inPeriod = new ArrayList<>();
        for (NormDeadline d : deadlines.startedBetween(start, end, requesterId, officeId, providerId)) {
            OfficeTimeZone zone = d.officeId() == null ? OfficeTimeZone.WIB : zoneOf(org.apply(d.officeId()));
            LocalDate day = LocalDate.ofInstant(d.startedAt(), zone.zone());
            if (!day.isBefore(from) && !day.isAfter(to)) {
                inPeriod.add(d);
            }
        }
        return new Report(
                from, to, group(inPeriod, NormDeadline::officeId, org), group(inPeriod, NormDeadline::providerId, org));
    }

    private static UUID own(Actor actor, @Nullable UUID requested, String field) {
        if (requested != null && !actor.belongsTo(requested)) {
            throw new ForbiddenException("You may only ask for your own organisation's report");
        }
        return actor.organisationId();
    }

    private static OfficeTimeZone zoneOf(@Nullable Organisation office) {
        return office == null || office.timeZone() == null ? OfficeTimeZone.WIB : office.timeZone();
    }

    private static List<Group> group(
            List<NormDeadline> all, Function<NormDeadline, UUID> key, Function<UUID, Organisation> org) {
        Map<UUID, Map<Norm, List<NormDeadline>>> grouped = new LinkedHashMap<>();
        for (NormDeadline d : all) {
            UUID k = key.apply(d);
            if (k != null) {
                grouped.computeIfAbsent(k, x -> new EnumMap<>(Norm.class))
                        .computeIfAbsent(d.norm(), n -> new ArrayList<>())
                        .add(d);
            }
        }
        List<Group> out = new ArrayList<>();
        grouped.forEach((id, byNorm) -> {
            Organisation o = org.apply(id);
            List<NormFigures> figures = byNorm.entrySet().stream()
                    .map(e -> NormFigures.of(e.getKey(), e.getValue()))
                    .toList();
            out.add(new Group(id, o == null ? id.toString() : o.name(), figures));
        });
        out.sort(Comparator.comparing(Group::name));
        return out;
    }

    public List<NormDeadline> forTrip(UUID tripId) {
        return deadlines.forSubject(tripId);
    }

    /** A disruption report's norms (acknowledgement, resolution): deadlines are kept per subject. */
    public List<NormDeadline> forDisruption(UUID reportId) {
        return deadlines.forSubject(reportId);
    }
}
