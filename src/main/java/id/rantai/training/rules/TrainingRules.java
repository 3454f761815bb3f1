package id.rantai.training.rules;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The training rules as plain Java: from when a topic became required of an employee, the topic's
 * published versions and the employee's completions, the sequence of requirement periods (opened,
 * due, met by which completion, covered until when) and the employee's status today.
 *
 * <ul>
 *   <li>An all-employee topic is due {@code hireDueDays} after hiring; a job function's topics are
 *       due {@code jobFunctionDueDays} after the function is assigned (0: from that day).</li>
 *   <li>A passed completion covers {@code refresherMonths}; the refresher window opens
 *       {@code refresherWindowDays} before that cover ends, and the cover's end is its due date.</li>
 *   <li>Publishing a new version ends the cover of completions of older versions
 *       {@code dueDays} (the version's own window) after publication: the new version is due by then.</li>
 *   <li>A completion made before the requirement began counts if it still covers at that moment.</li>
 * </ul>
 */
public final class TrainingRules {

    /**
     * @param programmeStart    the day the company's programme starts, or null: every requirement an
     *                          employee had before it (hired, or given a function, earlier) opens on that
     *                          day and is due {@code baselineGraceDays} after it, so importing existing
     *                          staff does not put everyone years overdue at once
     * @param baselineGraceDays that grace, 90 days when not given
     * @param refresherExceptionReason why refreshers are less often than yearly, the security-training
     *                          policy (seed 000) asking for one "setidaknya setiap tahun"; required
     *                          when {@code refresherMonths} exceeds 12
     */
    public record Settings(
            int hireDueDays,
            int refresherMonths,
            int refresherWindowDays,
            int newVersionDueDays,
            int jobFunctionDueDays,
            @Nullable LocalDate programmeStart,
            @Nullable Integer baselineGraceDays,
            @Size(max = 1000) @Nullable String refresherExceptionReason) {
        public static final int DEFAULT_BASELINE_GRACE_DAYS = 90;
        public static final Settings DEFAULTS =
                new Settings(30, 12, 60, 30, 0, null, DEFAULT_BASELINE_GRACE_DAYS, null);

        public Settings {
            if (baselineGraceDays == null) {
                baselineGraceDays = DEFAULT_BASELINE_GRACE_DAYS;
            }
            if (hireDueDays < 0
                    || refresherMonths < 1
                    || refresherWindowDays < 0
                    || newVersionDueDays < 0
                    || jobFunctionDueDays < 0
                    || baselineGraceDays < 0) {
                throw new IllegalArgumentException(
                        "Training settings must not be negative; the refresher at least a month");
            }
        }

        /** When a requirement that arose on {@code since} opens: at the programme start if it arose before. */
        public Requirement baseline(Requirement r) {
            return programmeStart != null && r.since().isBefore(programmeStart)
                    ? new Requirement(programmeStart, Reason.PROGRAMME_START, baselineGraceDays)
                    : r;
        }
    }

    /** When a topic became required of an employee, and why. */
    public record Requirement(LocalDate since, Reason reason, int dueDays) {}

    public record Version(int version, LocalDate publishedOn, int dueDays) {}

    public record Completion(UUID id, LocalDate on, int version, boolean passed) {}

    public record Period(
            int seq,
            Reason reason,
            LocalDate opensOn,
            LocalDate dueOn,
            @Nullable LocalDate metOn,
            @Nullable UUID completionId,
            @Nullable LocalDate coveredUntil) {}

    /**
     * @param covered whether a passed completion covers the employee today — also while its refresher
     *                is already due soon, so a refresher window never counts a trained person as untrained
     */
    public record Outcome(List<Period> periods, PairStatus status, boolean covered) {}

    private TrainingRules() {}

    public static Outcome evaluate(
            Requirement req,
            List<Version> versions,
            List<Completion> completions,
            Settings settings,
            LocalDate today,
            @Nullable LocalDate terminatedOn) {
        List<Version> vs = versions.stream()
                .sorted(Comparator.comparingInt(Version::version))
                .toList();
        List<Completion> done = completions.stream()
                .filter(Completion::passed)
                .filter(c -> !c.on().isAfter(today))
                .sorted(Comparator.comparing(Completion::on).thenComparingInt(Completion::version))
                .toList();
        List<Period> periods = new ArrayList<>();
        LocalDate opens = req.since();
        LocalDate due = opens.plusDays(req.dueDays());
        Reason reason = req.reason();
        int minVersion = versionAt(vs, opens);
        // A completion still covering when the requirement begins counts for the first period.
        LocalDate acceptFrom = opens.minusMonths(settings.refresherMonths()).plusDays(1);
        Completion previous = null;
        for (int seq = 1; seq <= 500; seq++) {
            if (terminatedOn != null && opens.isAfter(terminatedOn)) {
                break;
            }
            Completion c = first(done, acceptFrom, minVersion, previous);
            if (c == null) {
                periods.add(new Period(seq, reason, opens, due, null, null, null));
                break;
            }
            LocalDate metOn = c.on().isBefore(opens) ? opens : c.on();
            LocalDate coveredUntil = c.on().plusMonths(settings.refresherMonths());
            Version cut = cuttingVersion(vs, c, coveredUntil);
            Reason nextReason;
            LocalDate nextOpens, nextDue;
            int nextMin;
            if (cut != null) {
                coveredUntil = cut.publishedOn().plusDays(cut.dueDays());
                nextReason = Reason.NEW_VERSION;
                nextOpens = cut.publishedOn();
                nextDue = coveredUntil;
                nextMin = cut.version();
            } else {
                nextReason = Reason.REFRESHER;
                nextDue = coveredUntil;
                nextOpens = coveredUntil.minusDays(settings.refresherWindowDays());
                nextMin = Math.max(c.version(), versionAt(vs, nextOpens));
            }
            periods.add(new Period(seq, reason, opens, due, metOn, c.id(), coveredUntil));
            if (nextOpens.isAfter(today)) {
                break;
            }
            opens = nextOpens;
            due = nextDue;
            reason = nextReason;
            minVersion = nextMin;
            acceptFrom = nextOpens.isAfter(c.on()) ? nextOpens : c.on();
            previous = c;
        }
        return new Outcome(periods, status(periods, today, terminatedOn), covered(periods, today));
    }

    /** A met period whose cover runs through today: its due date is the last day it covers. */
    private static boolean covered(List<Period> periods, LocalDate today) {
        return periods.stream()
                .anyMatch(p -> p.metOn() != null
                        && !p.metOn().isAfter(today)
                        && p.coveredUntil() != null
                        && !today.isAfter(p.coveredUntil()));
    }

    private static PairStatus status(List<Period> periods, LocalDate today, @Nullable LocalDate terminatedOn) {
        if (terminatedOn != null && !terminatedOn.isAfter(today)) {
            return PairStatus.NOT_REQUIRED;
        }
        Period last = periods.get(periods.size() - 1);
        if (last.metOn() != null) {
            return PairStatus.COMPLIANT;
        }
        return today.isAfter(last.dueOn()) ? PairStatus.OVERDUE : PairStatus.DUE_SOON;
    }

    private static @Nullable Completion first(
            List<Completion> done, LocalDate from, int minVersion, @Nullable Completion previous) {
        for (Completion c : done) {
            if (c != previous
                    && !c.on().isBefore(from)
                    && c.version() >= minVersion
                    && (previous == null || !c.on().isBefore(previous.on()))) {
                return c;
            }
        }
        return null;
    }

    /** The newest version published on or before a day (1 if none is recorded). */
    private static int versionAt(List<Version> vs, LocalDate day) {
        int v = 1;
        for (Version x : vs) {
            if (!x.publishedOn().isAfter(day)) {
                v = Math.max(v, x.version());
            }
        }
        return v;
    }

    /** The first version newer than the completion's, published on its day or later, whose window ends within its cover. */
    private static @Nullable Version cuttingVersion(List<Version> vs, Completion c, LocalDate coveredUntil) {
        for (Version v : vs) {
            if (v.version() > c.version()
                    && !v.publishedOn().isBefore(c.on())
                    && v.publishedOn().plusDays(v.dueDays()).isBefore(coveredUntil)) {
                return v;
            }
        }
        return null;
    }
}
