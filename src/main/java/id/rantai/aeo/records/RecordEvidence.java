package id.rantai.aeo.records;

import id.rantai.aeo.LinkableRecords;
import id.rantai.aeo.LiveEvidence;
import id.rantai.aeo.LiveEvidenceSource;
import id.rantai.aeo.LiveFigure;
import id.rantai.shared.Wording;
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
                    LiveFigure.of("liveFigure.partners", LiveFigure.count(all.size()), null),
                    LiveFigure.of(
                            "liveFigure.partners.cleared",
                            LiveFigure.ofTotal(cleared, all.size()),
                            cleared == all.size()),
                    LiveFigure.of(
                            "liveFigure.partners.clause", LiveFigure.ofTotal(clause, all.size()), clause == all.size()),
                    LiveFigure.of("liveFigure.partners.reviewsOverdue", LiveFigure.count(overdue), overdue == 0));
        });
    }

    @Bean
    LiveEvidenceSource riskAssessmentEvidence(SecurityRecords records) {
        return schedule(records, LiveEvidence.RISK_ASSESSMENTS, ReviewRecord.Kind.RISK_ASSESSMENT);
    }

    @Bean
    LiveEvidenceSource internalAuditEvidence(SecurityRecords records) {
        return schedule(records, LiveEvidence.INTERNAL_AUDITS, ReviewRecord.Kind.INTERNAL_AUDIT);
    }

    @Bean
    LiveEvidenceSource crisisDrillEvidence(SecurityRecords records) {
        return schedule(records, LiveEvidence.CRISIS_PLANS, ReviewRecord.Kind.CRISIS_DRILL);
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
                    LiveFigure.of("liveFigure.plans", LiveFigure.count(plans.size()), null),
                    LiveFigure.of("liveFigure.plans.overdue", LiveFigure.count(overdue), overdue == 0));
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

    private static LiveEvidenceSource schedule(SecurityRecords records, LiveEvidence kind, ReviewRecord.Kind review) {
        return source(kind, org -> {
            SecurityRecords.Schedule s = records.schedule(org, review);
            if (s.lastHeldOn() == null) {
                return List.of();
            }
            return List.of(
                    new LiveFigure(
                            LiveFigure.text(
                                    "liveFigure.review.lastHeld", Wording.label("liveFigure.review." + review.name())),
                            LiveFigure.day(s.lastHeldOn()),
                            null),
                    new LiveFigure(
                            LiveFigure.text("liveFigure.review.nextDue", s.intervalMonths()),
                            LiveFigure.day(s.nextDueOn()),
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
