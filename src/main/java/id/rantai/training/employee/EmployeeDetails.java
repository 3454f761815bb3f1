package id.rantai.training.employee;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a form or a CSV row says about an employee: everything but the record's identity and timestamps. */
public record EmployeeDetails(
        String employeeNumber,
        String fullName,
        @Nullable String email,
        String department,
        @Nullable String managerEmail,
        LocalDate hireDate,
        Employee.Status status,
        @Nullable LocalDate terminatedOn) {

    /** The same details under the number the company's records already use (which may differ in case). */
    EmployeeDetails withNumber(String number) {
        return new EmployeeDetails(number, fullName, email, department, managerEmail, hireDate, status, terminatedOn);
    }
}
