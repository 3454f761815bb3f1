package id.rantai.aeo.assessment;

import id.rantai.identity.Actor;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The customs view of the companies under an office: each company's latest submitted assessment,
 * ranked by score (highest first) and then by open gaps (fewest first), with its overdue actions.
 */
@Service
public class OfficeRanking {
    private final JdbcAssessments assessments;
    private final JdbcActions actions;
    private final SelfAssessments self;
    private final Organisations organisations;

    OfficeRanking(JdbcAssessments assessments, JdbcActions actions, SelfAssessments self, Organisations organisations) {
        this.assessments = assessments;
        this.actions = actions;
        this.self = self;
        this.organisations = organisations;
    }

    public record Entry(
            int rank,
            UUID organisationId,
            String company,
            UUID assessmentId,
            AssessmentState state,
            int round,
            @Nullable Double score,
            AnswerStatus status,
            int openGaps,
            int overdueActions) {}

    public List<Entry> rank(Actor actor, @Nullable UUID officeId) {
        UUID office = officeId;
        if (!actor.isAdmin()) {
            if (!actor.has(Role.CUSTOMS_OFFICER) || actor.organisationId() == null) {
                throw new ForbiddenException("The ranking is a customs office's view");
            }
            office = actor.organisationId();
        }
        if (office == null) {
            throw new InvalidInputException("officeId", "is required for an administrator");
        }
        Map<UUID, Assessment> latest = new LinkedHashMap<>();
        for (Assessment a : assessments.ofOffice(office)) { // newest first
            latest.putIfAbsent(a.organisationId(), a);
        }
        LocalDate today = self.today();
        List<Entry> unranked = latest.values().stream()
                .map(a -> {
                    AssessmentView v = self.view(a, false);
                    int gaps = (int) v.criteria().stream()
                            .filter(n -> n.answerable()
                                    && (n.status() == AnswerStatus.NOT_MET || n.status() == AnswerStatus.PARTLY_MET))
                            .count();
                    int overdue = (int) actions.of(a.id()).stream()
                            .filter(x -> x.overdue(today))
                            .count();
                    String name = organisations
                            .find(a.organisationId())
                            .map(o -> o.name())
                            .orElse(a.organisationId().toString());
                    return new Entry(
                            0,
                            a.organisationId(),
                            name,
                            a.id(),
                            a.state(),
                            a.round(),
                            v.overallScore(),
                            v.overallStatus(),
                            gaps,
                            overdue);
                })
                .sorted(Comparator.comparing((Entry e) -> e.score() == null ? -1 : e.score())
                        .reversed()
                        .thenComparingInt(Entry::openGaps)
                        .thenComparing(Entry::company))
                .toList();
        return java.util.stream.IntStream.range(0, unranked.size())
                .mapToObj(i -> {
                    Entry e = unranked.get(i);
                    return new Entry(
                            i + 1,
                            e.organisationId(),
                            e.company(),
                            e.assessmentId(),
                            e.state(),
                            e.round(),
                            e.score(),
                            e.status(),
                            e.openGaps(),
                            e.overdueActions());
                })
                .toList();
    }
}
