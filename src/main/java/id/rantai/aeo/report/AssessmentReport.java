package id.rantai.aeo.report;

import id.rantai.aeo.assessment.Assessment;
import id.rantai.aeo.assessment.AssessmentView;
import id.rantai.aeo.assessment.Comment;
import id.rantai.aeo.assessment.CustomsReview;
import id.rantai.aeo.assessment.ReviewVerdict;
import id.rantai.aeo.assessment.SelfAssessments;
import id.rantai.identity.Actor;
import id.rantai.identity.Organisation;
import id.rantai.identity.Organisations;
import id.rantai.identity.UserDirectory;
import id.rantai.shared.document.DocumentRenderer;
import id.rantai.shared.document.Letterhead;
import id.rantai.shared.document.PrintedDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The assessment as a report a company files and a validator reads: who decided what and when,
 * the scores by group, then every criterion in both languages with the company's answer, the
 * evidence it cites (flagged where it falls outside the period the criterion names or has expired),
 * the figures Rantai measured, and customs' verdict and the clarification thread of every round.
 */
@Component
public class AssessmentReport {
    private final SelfAssessments assessments;
    private final CustomsReview review;
    private final Organisations organisations;
    private final UserDirectory users;
    private final DocumentRenderer renderer;
    private final MessageSource messages;

    AssessmentReport(
            SelfAssessments assessments,
            CustomsReview review,
            Organisations organisations,
            UserDirectory users,
            DocumentRenderer renderer,
            MessageSource messages) {
        this.assessments = assessments;
        this.review = review;
        this.organisations = organisations;
        this.users = users;
        this.renderer = renderer;
        this.messages = messages;
    }

    /** Each criterion's verdicts, one per reviewed round, and its thread. */
    public record ReviewTrail(List<RoundVerdict> verdicts, List<Message> thread) {}

    public record RoundVerdict(int round, ReviewVerdict verdict) {}

    public record Message(int round, String author, java.time.Instant at, String body) {}

    public byte[] pdf(Actor actor, UUID id, Locale locale) {
        AssessmentView v = assessments.view(actor, id);
        Assessment a = v.assessment();
        String company = name(a.organisationId());

        Map<String, List<RoundVerdict>> verdicts = new HashMap<>();
        // A round's verdicts exist once it was submitted: rounds 1 to the current one.
        for (int r = 1; r <= a.round(); r++) {
            for (Map.Entry<String, ReviewVerdict> e :
                    review.verdicts(actor, id, r).entrySet()) {
                verdicts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new RoundVerdict(r, e.getValue()));
            }
        }
        Map<UUID, String> authors = new HashMap<>();
        Map<String, List<Message>> threads = review.comments(actor, id).stream()
                .collect(Collectors.groupingBy(
                        Comment::code,
                        LinkedHashMap::new,
                        Collectors.mapping(
                                c -> new Message(
                                        c.round(),
                                        authors.computeIfAbsent(c.authorUserId(), this::person),
                                        c.createdAt(),
                                        c.body()),
                                Collectors.toList())));
        Map<String, ReviewTrail> trails = new HashMap<>();
        for (AssessmentView.Node n : v.criteria()) {
            String code = n.criterion().code();
            List<RoundVerdict> rv = verdicts.getOrDefault(code, List.of());
            List<Message> thread = threads.getOrDefault(code, List.of());
            if (!rv.isEmpty() || !thread.isEmpty()) {
                trails.put(code, new ReviewTrail(rv, thread));
            }
        }

        PrintedDocument document = PrintedDocument.of(
                        "aeo/documents/assessment-report",
                        locale,
                        Letterhead.company(company),
                        messages.getMessage("aeodoc.title", null, locale))
                .with("v", v)
                .with("company", company)
                .with("office", a.customsOfficeId() == null ? "—" : name(a.customsOfficeId()))
                .with("decider", a.decidedBy() == null ? "—" : person(a.decidedBy()))
                .with("trails", trails);
        return renderer.pdf(document);
    }

    private String name(@Nullable UUID organisationId) {
        return organisationId == null
                ? "—"
                : organisations.find(organisationId).map(Organisation::name).orElse("—");
    }

    private String person(UUID userId) {
        return users.signatory(userId).map(UserDirectory.Signatory::fullName).orElse("—");
    }
}
