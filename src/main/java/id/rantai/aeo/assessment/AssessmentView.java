package id.rantai.aeo.assessment;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.rantai.aeo.framework.Criterion;
import id.rantai.shared.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An assessment as its readers see it: every node with its roll-up, answers, evidence and review. */
public record AssessmentView(
        Assessment assessment,
        String frameworkKey,
        String frameworkVersion,
        String titleId,
        String titleEn,
        @Nullable Double overallScore,
        AnswerStatus overallStatus,
        Progress progress,
        List<Node> criteria)
        implements Versioned {

    /** The assessment's version: the view's ETag, for a change's If-Match. */
    @Override
    public int version() {
        return assessment.version();
    }

    public record Progress(int applicableItems, int answeredItems, List<String> unanswered) {}

    /** A criterion of the framework (in JSON, its fields at the top level) with where the company stands on it. */
    public record Node(
            @JsonUnwrapped Criterion criterion,
            boolean answerable,
            AnswerStatus status,
            @Nullable Double score,
            @Nullable Answer answer,
            List<EvidenceRef> evidence,
            List<LiveFigureTexts.Shown> live,
            @Nullable ReviewVerdict review) {}

    /** Evidence as cited by an answer, with what a reviewer should notice about its dates. */
    public record EvidenceRef(
            UUID id,
            String title,
            String kind,
            LocalDate effectiveDate,
            @Nullable LocalDate expiryDate,
            String expiryState,
            boolean outsideLookback,
            int revision) {}
}
