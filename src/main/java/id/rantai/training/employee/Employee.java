package id.rantai.training.employee;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A company's employee as the training programme knows them. A terminated one is kept with their history. */
public record Employee(
        UUID id, UUID organisationId, @JsonUnwrapped EmployeeDetails details, Instant createdAt, Instant updatedAt) {

    static Employee of(UUID id, UUID organisationId, EmployeeDetails details, Instant created, Instant updated) {
        return new Employee(id, organisationId, details, created, updated);
    }

    public String employeeNumber() {
        return details.employeeNumber();
    }

    public String fullName() {
        return details.fullName();
    }

    public @Nullable String email() {
        return details.email();
    }

    public String department() {
        return details.department();
    }

    public @Nullable String managerEmail() {
        return details.managerEmail();
    }

    public LocalDate hireDate() {
        return details.hireDate();
    }

    public Status status() {
        return details.status();
    }

    public @Nullable LocalDate terminatedOn() {
        return details.terminatedOn();
    }

    public enum Status {
        ACTIVE,
        TERMINATED
    }
}
