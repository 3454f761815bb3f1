package id.rantai.aeo.records;

import id.rantai.aeo.LinkableRecords;
import id.rantai.aeo.LiveEvidence;
import id.rantai.aeo.LiveEvidenceSource;
import id.rantai.aeo.LiveFigure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The AEO module's own records as live evidence (6.f, 6.g, 7.a, 7.b/7.c) and as link targets for
 * evidence.
 */
@Configuration(proxyBeanMethods = false)
class RecordEvidence {

    @Bean
    LiveEvidenceSource tradePartnerEvidence(SecurityRecords records) {
        return source(LiveEvidence.TRADE_PARTNERS, org -> {
            List<TradePartner> all = records.partnersOf(org);
            if (all.isEmpty()) {
                return List.of();
            }
            LocalDate today = records.today();
            long cleared = all.stream()
                    .filter(p -> p.screening() == TradePartner.Screening.CLEARED)
                    .count();
            long clause = all.stream().filter(TradePartner::securityClause).count();
            long overdue = all.stream().filter(p -> p.reviewOverdue(today)).count();
            return List.of(
                    new LiveFigure("Trade partners in the register", Integer.toString(all.size()), null),
                    new LiveFigure("Screened and cleared", cleared + " of " + all.size(), cleared == all.size()),
                    new LiveFigure(
                            "Security clause in the contract", clause + " of " + all.size(), clause == all.size()),
                    new LiveFigure("Reviews overdue", Long.toString(overdue), overdue == 0));
        });
    }

    @Bean
    LiveEvidenceSource riskAssessmentEvidence(SecurityRecords records) {
        return schedule(
                records, LiveEvidence.RISK_ASSESSMENTS, ReviewRecord.Kind.RISK_ASSESSMENT, "Security risk assessment");
    }

    @Bean
    LiveEvidenceSource internalAuditEvidence(SecurityRecords records) {
        return schedule(records, LiveEvidence.INTERNAL_AUDITS, ReviewRecord.Kind.INTERNAL_AUDIT, "Internal audit");
    }

    @Bean
    LiveEvidenceSource crisisDrillEvidence(SecurityRecords records) {
        return schedule(records, LiveEvidence.CRISIS_PLANS, ReviewRecord.Kind.CRISIS_DRILL, "Contingency plan drill");
    }

    @Bean
    LiveEvidenceSource crisisPlanEvidence(SecurityRecords records) {
        return source(LiveEvidence.CRISIS_PLANS, org -> {
            List<CrisisPlan> plans = records.plansOf(org);
            if (plans.isEmpty()) {
                return List.of();
            }
            LocalDate today = records.today();
            long overdue =
                    plans.stream().filter(p -> p.reviewDueOn().isBefore(today)).count();
            return List.of(
                    new LiveFigure("Crisis and contingency plans", Integer.toString(plans.size()), null),
                    new LiveFigure("Plans past their review date", Long.toString(overdue), overdue == 0));
        });
    }

    @Bean
    LinkableRecords crisisPlanLinks(JdbcRecords records) {
        return linkable("CRISIS_PLAN", records::planBelongsTo);
    }

    @Bean
    LinkableRecords tradePartnerLinks(JdbcRecords records) {
        return linkable(
                "TRADE_PARTNER",
                (id, org) -> records.partner(id)
                        .filter(p -> p.organisationId().equals(org))
                        .isPresent());
    }

    @Bean
    LinkableRecords reviewLinks(JdbcRecords records) {
        return linkable(
                "REVIEW_RECORD",
                (id, org) -> records.review(id)
                        .filter(r -> r.organisationId().equals(org))
                        .isPresent());
    }

    private static LiveEvidenceSource schedule(
            SecurityRecords records, LiveEvidence kind, ReviewRecord.Kind review, String label) {
        return source(kind, org -> {
            SecurityRecords.Schedule s = records.schedule(org, review);
            if (s.lastHeldOn() == null) {
                return List.of();
            }
            return List.of(
                    new LiveFigure(label + " last held", s.lastHeldOn().toString(), null),
                    new LiveFigure(
                            "Next due (every " + s.intervalMonths() + " months)",
                            s.nextDueOn().toString(),
                            !s.overdue()));
        });
    }

    /** A source whose figures depend only on the company (these records are not time series). */
    private static LiveEvidenceSource source(LiveEvidence kind, Function<UUID, List<LiveFigure>> figures) {
        return new LiveEvidenceSource() {
            @Override
            public LiveEvidence kind() {
                return kind;
            }

            @Override
            public List<LiveFigure> figures(UUID organisationId, Instant now) {
                return figures.apply(organisationId);
            }
        };
    }

    private interface Check {
        boolean belongs(UUID id, UUID org);
    }

    private static LinkableRecords linkable(String type, Check check) {
        return new LinkableRecords() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public boolean belongsTo(UUID recordId, UUID organisationId) {
                return check.belongs(recordId, organisationId);
            }
        };
    }
}
