package id.rantai.training.employee;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A job function held by an employee from a day, until another day or still. */
public record Assignment(
        UUID employeeId,
        UUID jobFunctionId,
        LocalDate assignedOn,
        @Nullable LocalDate endedOn) {}
