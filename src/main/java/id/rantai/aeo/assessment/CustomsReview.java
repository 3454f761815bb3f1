package id.rantai.aeo.assessment;

import id.rantai.aeo.AssessmentDecided;
import id.rantai.aeo.framework.Criterion;
import id.rantai.aeo.framework.Framework;
import id.rantai.aeo.framework.FrameworkCatalogue;
import id.rantai.identity.Actor;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customs side: an officer of the company's supervising office reviews each criterion of a
 * submitted round, talks it through in a thread, and decides on the whole. A company never reviews
 * its own assessment — only an officer of its office can.
 */
@Service
public class CustomsReview {
    private final JdbcAssessments assessments;
    private final SelfAssessments self;
    private final FrameworkCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final ReviewMail mail;
    private final Clock clock;

    CustomsReview(
            JdbcAssessments assessments,
            SelfAssessments self,
            FrameworkCatalogue catalogue,
            ApplicationEventPublisher events,
            ReviewMail mail,
            Clock clock) {
        this.assessments = assessments;
        this.self = self;
        this.catalogue = catalogue;
        this.events = events;
        this.mail = mail;
        this.clock = clock;
    }

    /** A change between two rounds of one criterion's answer. */
    public record Change(
            String code,
            @Nullable String statusBefore,
            @Nullable String statusAfter,
            List<String> changedFields) {}

    /** One submitted round as it was frozen: the answers, their evidence and the live figures of that moment. */
    public record Round(
            int round, List<RoundAnswer> answers, Map<String, String> live, Map<String, ReviewVerdict> reviews) {}

    public Round round(Actor actor, UUID id, int round) {
        Assessment a = self.readable(actor, id);
        if (round < 1 || round > a.round()) {
            throw InvalidInputException.worded("round", "between", 1, a.round());
        }
        Framework f = catalogue.get(a.frameworkId());
        Map<String, RoundAnswer> answers = assessments.round(id, round);
        List<RoundAnswer> ordered = f.leaves().stream()
                .map(c -> answers.get(c.code()))
                .filter(Objects::nonNull)
                .toList();
        return new Round(
                round,
                ordered,
                new java.util.TreeMap<>(assessments.roundLive(
                        id,
                        round,
                        !LocaleContextHolder.getLocale().getLanguage().equals("en"))),
                new java.util.TreeMap<>(assessments.reviews(id, round)));
    }

    /** Customs' verdict on each criterion reviewed in a round, without the round's frozen answers. */
    public Map<String, ReviewVerdict> verdicts(Actor actor, UUID id, int round) {
        self.readable(actor, id);
        return assessments.reviews(id, round);
    }

    @Transactional
    public ReviewVerdict review(
            Actor actor, UUID id, String code, @Nullable ReviewVerdict verdict, @Nullable String comment) {
        Assessment a = reviewable(actor, id);
        a.requireUnderReview();
        SelfAssessments.requireCode(catalogue.get(a.frameworkId()), code);
        if (verdict == null) {
            throw new InvalidInputException("verdict", "must be ACCEPTED or CLARIFICATION_REQUESTED");
        }
        if (verdict == ReviewVerdict.CLARIFICATION_REQUESTED && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", "is required: say what needs clarifying");
        }
        Instant now = clock.instant();
        assessments.saveReview(id, a.round(), code, verdict, actor.userId(), now);
        if (comment != null && !comment.isBlank()) {
            addComment(actor, a, code, comment, now);
        }
        self.record(actor, "AEO_CRITERION_REVIEWED", id, code + " " + verdict);
        if (verdict == ReviewVerdict.CLARIFICATION_REQUESTED) {
            mail.clarificationRequested(a, code, comment.trim());
        }
        return verdict;
    }

    /** A message in a criterion's thread, from the reviewing officer or the company. */
    @Transactional
    public Comment comment(Actor actor, UUID id, String code, @Nullable String body) {
        Assessment a = self.readable(actor, id);
        SelfAssessments.requireCode(catalogue.get(a.frameworkId()), code);
        boolean company = actor.belongsTo(a.organisationId());
        if (!company && !isReviewer(actor, a)) {
            throw new ForbiddenException("Only the company and its reviewing office discuss a criterion");
        }
        if (a.round() == 0) {
            throw new StateConflictException(
                    "The assessment has not been submitted yet", a.state().name());
        }
        if (body == null || body.isBlank()) {
            throw InvalidInputException.worded("body", "required");
        }
        Comment c = addComment(actor, a, code, body, clock.instant());
        if (company) {
            mail.companyAnswered(a, code, c);
        }
        return c;
    }

    public List<Comment> comments(Actor actor, UUID id) {
        self.readable(actor, id);
        return assessments.comments(id);
    }

    @Transactional
    public Assessment decide(Actor actor, UUID id, boolean accept, @Nullable String note) {
        Assessment a = reviewable(actor, id);
        a.requireUnderReview();
        if (accept) {
            List<String> open = assessments.reviews(id, a.round()).entrySet().stream()
                    .filter(e -> e.getValue() == ReviewVerdict.CLARIFICATION_REQUESTED)
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            if (!open.isEmpty()) {
                throw StateConflictException.worded(a.state().name(), "clarificationOpen", String.join(", ", open));
            }
            List<String> unreviewed = unreviewed(a);
            if (!unreviewed.isEmpty()) {
                throw StateConflictException.worded(a.state().name(), "verdictsMissing", String.join(", ", unreviewed))
                        .blockedBy(unreviewed);
            }
        } else if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "is required when returning an assessment: say what to rework");
        }
        Instant now = clock.instant();
        Assessment decided = a.decide(accept, actor.userId(), now, note == null ? null : note.trim());
        assessments.update(decided);
        self.record(actor, accept ? "AEO_ACCEPTED" : "AEO_RETURNED", id, note);
        events.publishEvent(new AssessmentDecided(id, a.organisationId(), accept, a.round(), now));
        mail.decided(decided);
        return decided;
    }

    /**
     * The applicable items of the round no verdict covers: an acceptance stands on a verdict on every
     * item that applies to the company and is not answered as not applicable — given on the item itself
     * or on its criterion or group.
     */
    private List<String> unreviewed(Assessment a) {
        Framework f = catalogue.get(a.frameworkId());
        Map<String, ReviewVerdict> verdicts = assessments.reviews(a.id(), a.round());
        Map<String, RoundAnswer> answers = assessments.round(a.id(), a.round());
        List<String> out = new ArrayList<>();
        for (Criterion item : f.leaves()) {
            RoundAnswer answer = answers.get(item.code());
            if (!SelfAssessments.applies(f, item, a.profile())
                    || (answer != null && answer.status() == AnswerStatus.NOT_APPLICABLE)) {
                continue;
            }
            boolean covered =
                    f.lineage(item).stream().anyMatch(at -> verdicts.get(at.code()) == ReviewVerdict.ACCEPTED);
            if (!covered) {
                out.add(item.code());
            }
        }
        return out;
    }

    /**
     * What changed in the answers between the previous round and the last one submitted; for the first
     * round of an assessment carried over from an accepted one, between that one's answers and these.
     */
    public List<Change> changes(Actor actor, UUID id) {
        Assessment a = self.readable(actor, id);
        Map<String, RoundAnswer> before, after;
        if (a.round() >= 2) {
            before = assessments.round(id, a.round() - 1);
            after = assessments.round(id, a.round());
        } else {
            UUID previous = assessments.carriedFrom(id).orElse(null);
            if (previous == null) {
                return List.of();
            }
            before = current(previous);
            after = current(id);
        }
        List<Change> out = new ArrayList<>();
        Framework f = catalogue.get(a.frameworkId());
        TreeSet<String> codes = new TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        for (var c : f.leaves()) {
            if (!codes.contains(c.code())) {
                continue;
            }
            var b = before.get(c.code());
            var n = after.get(c.code());
            List<String> fields = new ArrayList<>();
            if (b == null || n == null) {
                fields.add(b == null ? "added" : "removed");
            } else {
                if (b.status() != n.status()) fields.add("status");
                if (!Objects.equals(b.narrative(), n.narrative())) fields.add("narrative");
                if (!Objects.equals(b.justification(), n.justification())) fields.add("justification");
                if (!Objects.equals(b.responsiblePerson(), n.responsiblePerson())) fields.add("responsiblePerson");
                if (!Objects.equals(b.evidence(), n.evidence())) fields.add("evidence");
            }
            if (!fields.isEmpty()) {
                out.add(new Change(
                        c.code(),
                        b == null ? null : b.status().name(),
                        n == null ? null : n.status().name(),
                        fields));
            }
        }
        return out;
    }

    /** An assessment's answers as they stand, in the form a frozen round keeps them. */
    private Map<String, RoundAnswer> current(UUID assessmentId) {
        Map<String, RoundAnswer> out = new java.util.HashMap<>();
        assessments
                .answers(assessmentId)
                .forEach((code, x) -> out.put(
                        code,
                        new RoundAnswer(
                                code,
                                x.status(),
                                x.narrative(),
                                x.justification(),
                                x.responsiblePerson(),
                                x.evidenceIds().stream()
                                        .map(UUID::toString)
                                        .sorted()
                                        .collect(java.util.stream.Collectors.joining(",")))));
        return out;
    }

    private Comment addComment(Actor actor, Assessment a, String code, String body, Instant at) {
        if (body.length() > 4000) {
            throw new InvalidInputException("comment", "is longer than 4000 characters");
        }
        Comment c = new Comment(
                UUID.randomUUID(), a.id(), code, a.round(), actor.userId(), actor.organisationId(), body.trim(), at);
        assessments.insertComment(c);
        return c;
    }

    private Assessment reviewable(Actor actor, UUID id) {
        Assessment a = self.readable(actor, id);
        if (!isReviewer(actor, a)) {
            throw new ForbiddenException(
                    "Only a customs officer of the company's supervising office reviews its assessment");
        }
        return a;
    }

    private static boolean isReviewer(Actor actor, Assessment a) {
        return actor.has(Role.CUSTOMS_OFFICER) && actor.belongsTo(a.customsOfficeId());
    }
}
