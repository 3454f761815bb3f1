package id.rantai.training.employee;

import id.rantai.shared.Page;
import id.rantai.shared.jdbc.PagedQuery;
import id.rantai.shared.jdbc.SqlTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEmployees {
    private final JdbcClient jdbc;

    JdbcEmployees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Employee e) {
        List<@Nullable Object> params =
                new ArrayList<>(List.of(e.id(), e.organisationId(), e.employeeNumber(), SqlTime.of(e.createdAt())));
        params.addAll(editable(e));
        jdbc.sql("""
                INSERT INTO employee (id, organisation_id, employee_number, created_at, full_name, email, department,
                    manager_email, hire_date, status, terminated_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(params).update();
    }

    void update(Employee e) {
        List<@Nullable Object> params = new ArrayList<>(editable(e));
        params.add(e.id());
        jdbc.sql("""
                UPDATE employee SET full_name = ?, email = ?, department = ?, manager_email = ?, hire_date = ?, status = ?,
                    terminated_on = ?, updated_at = ? WHERE id = ?""").params(params).update();
    }

    /** The columns an edit may change, in the order both statements name them. */
    private static List<@Nullable Object> editable(Employee e) {
        return Arrays.asList(
                e.fullName(),
                e.email(),
                e.department(),
                e.managerEmail(),
                Date.valueOf(e.hireDate()),
                e.status().name(),
                date(e.terminatedOn()),
                SqlTime.of(e.updatedAt()));
    }

    Optional<Employee> find(UUID id) {
        return jdbc.sql("SELECT * FROM employee WHERE id = ?")
                .param(id)
                .query(JdbcEmployees::row)
                .optional();
    }

    /** One page of an organisation's employees by employee number, and how many there are. */
    Page<Employee> page(UUID org, int limit, int offset) {
        return new PagedQuery("employee", "organisation_id = ?", List.of(org), "employee_number, id")
                .page(jdbc, JdbcEmployees::row, limit, offset);
    }

    List<Employee> of(UUID org) {
        return jdbc.sql("SELECT * FROM employee WHERE organisation_id = ? ORDER BY employee_number")
                .param(org)
                .query(JdbcEmployees::row)
                .list();
    }

    Map<String, Employee> byNumber(UUID org) {
        Map<String, Employee> out = new HashMap<>();
        of(org).forEach(e -> out.put(e.employeeNumber(), e));
        return out;
    }

    void assign(Assignment a) {
        jdbc.sql(
                        "INSERT INTO employee_job_function (employee_id, job_function_id, assigned_on, ended_on) VALUES (?, ?, ?, ?)")
                .params(a.employeeId(), a.jobFunctionId(), Date.valueOf(a.assignedOn()), date(a.endedOn()))
                .update();
    }

    void end(UUID employeeId, UUID jobFunctionId, LocalDate on) {
        jdbc.sql(
                        "UPDATE employee_job_function SET ended_on = ? WHERE employee_id = ? AND job_function_id = ? AND ended_on IS NULL")
                .params(Date.valueOf(on), employeeId, jobFunctionId)
                .update();
    }

    Map<UUID, List<Assignment>> assignments(UUID org) {
        Map<UUID, List<Assignment>> out = new HashMap<>();
        jdbc.sql("""
                SELECT a.* FROM employee_job_function a JOIN employee e ON e.id = a.employee_id
                WHERE e.organisation_id = ? ORDER BY a.assigned_on""")
                .param(org)
                .query((rs, n) -> {
                    Date ended = rs.getDate("ended_on");
                    return new Assignment(
                            rs.getObject("employee_id", UUID.class),
                            rs.getObject("job_function_id", UUID.class),
                            rs.getDate("assigned_on").toLocalDate(),
                            ended == null ? null : ended.toLocalDate());
                })
                .list()
                .forEach(a -> out.computeIfAbsent(a.employeeId(), k -> new ArrayList<>())
                        .add(a));
        return out;
    }

    private static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Employee row(ResultSet rs, int n) throws SQLException {
        Date terminated = rs.getDate("terminated_on");
        return new Employee(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                new EmployeeDetails(
                        rs.getString("employee_number"),
                        rs.getString("full_name"),
                        rs.getString("email"),
                        rs.getString("department"),
                        rs.getString("manager_email"),
                        rs.getDate("hire_date").toLocalDate(),
                        Employee.Status.valueOf(rs.getString("status")),
                        terminated == null ? null : terminated.toLocalDate()),
                SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "updated_at"));
    }
}
