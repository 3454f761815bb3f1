package id.rantai.training.employee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A company's employee as the training programme knows them. A terminated one is kept with their history. */
public record Employee(
        UUID id,
        UUID organisationId,
        String employeeNumber,
        String fullName,
        @Nullable String email,
        String department,
        @Nullable String managerEmail,
        LocalDate hireDate,
        Status status,
        @Nullable LocalDate terminatedOn,
        Instant createdAt,
        Instant updatedAt) {

    /** A new employee, or an existing one's new version, with the checked values of a form or a CSV row. */
    static Employee of(
            UUID id,
            UUID organisationId,
            String employeeNumber,
            EmployeeInput.Valid v,
            Instant created,
            Instant updated) {
        return new Employee(
                id,
                organisationId,
                employeeNumber,
                v.fullName(),
                v.email(),
                v.department(),
                v.managerEmail(),
                v.hireDate(),
                v.status(),
                v.terminatedOn(),
                created,
                updated);
    }

    public enum Status {
        ACTIVE,
        TERMINATED
    }
}
