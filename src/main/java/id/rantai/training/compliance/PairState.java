package id.rantai.training.compliance;

import id.rantai.training.catalogue.Topic;
import id.rantai.training.employee.Employee;
import id.rantai.training.rules.PairStatus;
import id.rantai.training.rules.TrainingRules;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One employee and one topic on a given day: the status and the periods behind it. */
public record PairState(
        Employee employee,
        Topic topic,
        List<String> jobFunctions,
        PairStatus status,
        boolean covered,
        List<TrainingRules.Period> periods) {

    /** The due date of the open period, or the end of the current cover. */
    public @Nullable LocalDate dueOn() {
        if (periods.isEmpty()) {
            return null;
        }
        TrainingRules.Period last = periods.get(periods.size() - 1);
        return last.metOn() == null ? last.dueOn() : last.coveredUntil();
    }
}
