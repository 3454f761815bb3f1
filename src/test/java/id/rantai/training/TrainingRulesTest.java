package id.rantai.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.training.rules.PairStatus;
import id.rantai.training.rules.Reason;
import id.rantai.training.rules.TrainingRules;
import id.rantai.training.rules.TrainingRules.Completion;
import id.rantai.training.rules.TrainingRules.Outcome;
import id.rantai.training.rules.TrainingRules.Requirement;
import id.rantai.training.rules.TrainingRules.Settings;
import id.rantai.training.rules.TrainingRules.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrainingRulesTest {
    static final LocalDate HIRED = LocalDate.of(2026, 1, 5);
    static final List<Version> V1 = List.of(new Version(1, LocalDate.of(2025, 1, 1), 30));
    final Requirement hire = new Requirement(HIRED, Reason.HIRE, 30);

    static Completion done(String day, int version) {
        return new Completion(UUID.randomUUID(), LocalDate.parse(day), version, true);
    }

    Outcome at(String today, List<Version> versions, Completion... completions) {
        return TrainingRules.evaluate(
                hire, versions, List.of(completions), Settings.DEFAULTS, LocalDate.parse(today), null);
    }

    @Test
    void aNewHireIsDueWithinThirtyDaysThenOverdue() {
        assertThat(at("2026-01-05", V1).status()).isEqualTo(PairStatus.DUE_SOON);
        assertThat(at("2026-02-04", V1).status()).isEqualTo(PairStatus.DUE_SOON);
        // Due soon, but never trained: not covered.
        assertThat(at("2026-02-04", V1).covered()).isFalse();
        Outcome late = at("2026-02-05", V1);
        assertThat(late.status()).isEqualTo(PairStatus.OVERDUE);
        assertThat(late.periods()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.HIRE);
            assertThat(p.dueOn()).isEqualTo(LocalDate.of(2026, 2, 4));
            assertThat(p.metOn()).isNull();
        });
    }

    @Test
    void aCompletionCoversAYearAndTheRefresherWindowOpensSixtyDaysBeforeItEnds() {
        Completion first = done("2026-01-20", 1);
        assertThat(at("2026-06-01", V1, first).status()).isEqualTo(PairStatus.COMPLIANT);
        Outcome window = at("2026-11-21", V1, first);
        assertThat(window.status()).isEqualTo(PairStatus.DUE_SOON);
        // The refresher is due soon, yet the year's cover still holds: covered, and so counted in the rate.
        assertThat(window.covered()).isTrue();
        assertThat(at("2027-01-20", V1, first).covered()).isTrue();
        assertThat(at("2027-01-21", V1, first).covered()).isFalse();
        assertThat(window.periods())
                .extracting(TrainingRules.Period::reason)
                .containsExactly(Reason.HIRE, Reason.REFRESHER);
        assertThat(window.periods().get(1).opensOn()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(window.periods().get(1).dueOn()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(at("2027-01-21", V1, first).status()).isEqualTo(PairStatus.OVERDUE);
        Outcome refreshed = at("2027-02-01", V1, first, done("2026-12-15", 1));
        assertThat(refreshed.status()).isEqualTo(PairStatus.COMPLIANT);
        assertThat(refreshed.periods().get(1).coveredUntil()).isEqualTo(LocalDate.of(2027, 12, 15));
    }

    @Test
    void aNewVersionIsDueWithinItsWindowEvenForThoseRecentlyTrained() {
        List<Version> v2 = List.of(V1.get(0), new Version(2, LocalDate.of(2026, 4, 1), 30));
        Completion first = done("2026-01-20", 1);
        Outcome o = at("2026-04-15", v2, first);
        assertThat(o.status()).isEqualTo(PairStatus.DUE_SOON);
        assertThat(o.periods().get(0).coveredUntil()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(o.periods().get(1).reason()).isEqualTo(Reason.NEW_VERSION);
        assertThat(at("2026-05-02", v2, first).status()).isEqualTo(PairStatus.OVERDUE);
        // Redoing the old version does not count; the new one does.
        assertThat(at("2026-05-02", v2, first, done("2026-04-10", 1)).status()).isEqualTo(PairStatus.OVERDUE);
        assertThat(at("2026-05-02", v2, first, done("2026-04-10", 2)).status()).isEqualTo(PairStatus.COMPLIANT);
    }

    @Test
    void aJobFunctionsTopicIsDueFromTheDayOfAssignmentUnlessStillCovered() {
        Requirement fn = new Requirement(LocalDate.of(2026, 3, 1), Reason.JOB_FUNCTION, 0);
        Outcome o = TrainingRules.evaluate(fn, V1, List.of(), Settings.DEFAULTS, LocalDate.of(2026, 3, 2), null);
        assertThat(o.status()).isEqualTo(PairStatus.OVERDUE);
        Outcome covered = TrainingRules.evaluate(
                fn, V1, List.of(done("2025-06-01", 1)), Settings.DEFAULTS, LocalDate.of(2026, 3, 2), null);
        assertThat(covered.status()).isEqualTo(PairStatus.COMPLIANT);
        assertThat(covered.periods().get(0).metOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aFailedAttemptDoesNotCountAndATerminatedEmployeeIsNoLongerRequired() {
        Completion failed = new Completion(UUID.randomUUID(), LocalDate.of(2026, 1, 10), 1, false);
        assertThat(at("2026-03-01", V1, failed).status()).isEqualTo(PairStatus.OVERDUE);
        Outcome gone = TrainingRules.evaluate(
                hire, V1, List.of(failed), Settings.DEFAULTS, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 15));
        assertThat(gone.status()).isEqualTo(PairStatus.NOT_REQUIRED);
        assertThat(gone.periods()).hasSize(1);
    }
}
