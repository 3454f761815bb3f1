package id.rantai.training.employee;

import id.rantai.shared.Wording;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An employee as given by a form or a CSV row, checked field by field. {@link #check} returns every
 * problem, not just the first, so a CSV row's report is complete.
 */
public record EmployeeInput(
        @Size(max = 64) @Nullable String employeeNumber,
        @Size(max = 200) @Nullable String fullName,
        @Size(max = 254) @Nullable String email,
        @Size(max = 200) @Nullable String department,
        @Size(max = 254) @Nullable String managerEmail,
        @Schema(format = "date") @Nullable String hireDate,
        @Size(max = 16) @Nullable String status,
        @Schema(format = "date") @Nullable String terminatedOn,
        @Size(max = 100) @Nullable List<@Size(max = 64) String> jobFunctions) {

    /** What is wrong with one field: a refusal in the reader's language, its English kept for the import's error list. */
    public record Problem(String field, Wording wording) {
        public Problem(String field, String english) {
            this(field, Wording.literal(english));
        }

        public String message() {
            return wording.english();
        }
    }

    /**
     * The checked values. {@code jobFunctions} is null when the input did not mention job functions at
     * all: an existing employee then keeps the functions they hold (an empty list ends them all).
     */
    public record Valid(EmployeeDetails details, @Nullable List<String> jobFunctions) {
        public String employeeNumber() {
            return details.employeeNumber();
        }
    }

    private static final String EMAIL = "[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+";

    public List<Problem> check(Set<String> knownFunctions, LocalDate today) {
        List<Problem> p = new ArrayList<>();
        if (blank(employeeNumber) || employeeNumber.trim().length() > 64) {
            p.add(new Problem("employeeNumber", "is required (up to 64 characters)"));
        }
        if (blank(fullName) || fullName.trim().length() > 200) {
            p.add(new Problem("fullName", "is required (up to 200 characters)"));
        }
        if (!blank(email) && (!email.trim().matches(EMAIL) || email.length() > 254)) {
            p.add(new Problem("email", "is not an e-mail address"));
        }
        if (!blank(managerEmail) && (!managerEmail.trim().matches(EMAIL) || managerEmail.length() > 254)) {
            p.add(new Problem("managerEmail", "is not an e-mail address"));
        }
        if (blank(department) || department.trim().length() > 200) {
            p.add(new Problem("department", "is required (up to 200 characters)"));
        }
        LocalDate hired = date(hireDate, "hireDate", true, p);
        if (hired != null && hired.isAfter(today.plusYears(1))) {
            p.add(new Problem("hireDate", "is more than a year ahead"));
        }
        Employee.Status s = Employee.Status.ACTIVE;
        if (!blank(status)) {
            try {
                s = Employee.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                p.add(new Problem("status", "must be ACTIVE or TERMINATED"));
            }
        }
        LocalDate terminated = date(terminatedOn, "terminatedOn", s == Employee.Status.TERMINATED, p);
        if (terminated != null && s == Employee.Status.ACTIVE) {
            p.add(new Problem("terminatedOn", "is given but the status is ACTIVE"));
        }
        if (terminated != null && hired != null && terminated.isBefore(hired)) {
            p.add(new Problem("terminatedOn", "is before the hire date"));
        }
        for (String f : functions()) {
            if (!knownFunctions.contains(f)) {
                p.add(new Problem("jobFunctions", Wording.of("unknownJobFunction", f)));
            }
        }
        return p;
    }

    /** Only after {@link #check} found nothing. */
    public Valid valid() {
        Employee.Status s = blank(status)
                ? Employee.Status.ACTIVE
                : Employee.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
        return new Valid(
                new EmployeeDetails(
                        employeeNumber.trim(),
                        fullName.trim(),
                        blank(email) ? null : email.trim().toLowerCase(Locale.ROOT),
                        department.trim(),
                        blank(managerEmail) ? null : managerEmail.trim().toLowerCase(Locale.ROOT),
                        LocalDate.parse(hireDate.trim()),
                        s,
                        blank(terminatedOn) ? null : LocalDate.parse(terminatedOn.trim())),
                jobFunctions == null ? null : functions());
    }

    private List<String> functions() {
        return jobFunctions == null
                ? List.of()
                : jobFunctions.stream()
                        .filter(f -> f != null && !f.isBlank())
                        .map(String::trim)
                        .distinct()
                        .sorted()
                        .toList();
    }

    private static @Nullable LocalDate date(@Nullable String value, String field, boolean required, List<Problem> p) {
        if (blank(value)) {
            if (required) {
                p.add(new Problem(field, "is required (YYYY-MM-DD)"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            p.add(new Problem(field, "must be a date like 2026-01-31"));
            return null;
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
