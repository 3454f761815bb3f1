package id.rantai.aeo.assessment;

import id.rantai.shared.StateConflictException;
import id.rantai.shared.Versioned;
import id.rantai.shared.Wording;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A company's self-assessment against one framework version. Guards its own state machine; the
 * round counts submissions, so every round's answers can be compared with the last.
 */
public record Assessment(
        UUID id,
        UUID organisationId,
        @Nullable UUID customsOfficeId,
        UUID frameworkId,
        AssessmentState state,
        int round,
        boolean smallMediumEnterprise,
        boolean reeferContainers,
        Instant createdAt,
        UUID createdBy,
        @Nullable Instant submittedAt,
        @Nullable Instant decidedAt,
        @Nullable UUID decidedBy,
        @Nullable String decisionNote,
        int version)
        implements Versioned {

    Scoring.Profile profile() {
        return new Scoring.Profile(smallMediumEnterprise, reeferContainers);
    }

    void requireEditable() {
        if (!state.editable()) {
            throw StateConflictException.worded(
                    state.name(),
                    state == AssessmentState.SUBMITTED ? "answersLockedUnderReview" : "answersLocked",
                    Wording.label("aeo.state." + state.name()));
        }
    }

    Assessment withProfile(boolean sme, boolean reefers) {
        requireEditable();
        return with(state, round, sme, reefers, submittedAt, decidedAt, decidedBy, decisionNote);
    }

    Assessment submit(Instant at) {
        requireEditable();
        return with(
                AssessmentState.SUBMITTED, round + 1, smallMediumEnterprise, reeferContainers, at, null, null, null);
    }

    Assessment decide(boolean accepted, UUID by, Instant at, @Nullable String note) {
        if (state != AssessmentState.SUBMITTED) {
            throw StateConflictException.worded(
                    state.name(), "decideNotSubmitted", Wording.label("aeo.state." + state.name()));
        }
        return with(
                accepted ? AssessmentState.ACCEPTED : AssessmentState.RETURNED,
                round,
                smallMediumEnterprise,
                reeferContainers,
                submittedAt,
                at,
                by,
                note);
    }

    void requireUnderReview() {
        if (state != AssessmentState.SUBMITTED) {
            throw StateConflictException.worded(
                    state.name(), "notUnderReview", Wording.label("aeo.state." + state.name()));
        }
    }

    private Assessment with(
            AssessmentState to,
            int newRound,
            boolean sme,
            boolean reefers,
            @Nullable Instant submitted,
            @Nullable Instant decided,
            @Nullable UUID decider,
            @Nullable String note) {
        return new Assessment(
                id,
                organisationId,
                customsOfficeId,
                frameworkId,
                to,
                newRound,
                sme,
                reefers,
                createdAt,
                createdBy,
                submitted,
                decided,
                decider,
                note,
                version);
    }
}
