package id.rantai.certification.complaint;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.certification.CertificationAccess;
import id.rantai.certification.Tokens;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.certification.standard.ServiceStandard;
import id.rantai.certification.standard.ServiceStandard.CaseType;
import id.rantai.identity.Actor;
import id.rantai.shared.Inputs;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.jdbc.SqlTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Complaints about the certification services: filed by anyone, followed by token, answered within the standard. */
@Service
public class Complaints {
    private final JdbcClient jdbc;
    private final ServiceStandard standard;
    private final ServiceDesk desk;
    private final AuditTrail audit;
    private final ComplaintMail mail;
    private final Clock clock;

    Complaints(
            JdbcClient jdbc,
            ServiceStandard standard,
            ServiceDesk desk,
            AuditTrail audit,
            ComplaintMail mail,
            Clock clock) {
        this.jdbc = jdbc;
        this.standard = standard;
        this.desk = desk;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
    }

    public record NewComplaint(
            @Nullable String service,
            @Nullable String applicantName,
            @Nullable String applicantEmail,
            @Nullable String reference,
            @Nullable String description) {}

    public record Filed(UUID complaintId, String accessToken, LocalDate dueOn) {}

    @Transactional
    public Filed file(NewComplaint n) {
        List<String> services =
                standard.services().stream().map(ServiceStandard.Service::code).toList();
        if (n.service() == null || !services.contains(n.service())) {
            throw new InvalidInputException("service", "must be one of " + services);
        }
        String name = Inputs.requiredText(n.applicantName(), "applicantName", 200);
        if (!Inputs.isEmail(n.applicantEmail())) {
            throw new InvalidInputException("applicantEmail", "is not an e-mail address");
        }
        String description = Inputs.requiredText(n.description(), "description", 4000);
        if (n.reference() != null && n.reference().length() > 100) {
            throw new InvalidInputException("reference", "is longer than 100 characters");
        }
        UUID id = UUID.randomUUID();
        LocalDate due = desk.start(CaseType.COMPLAINT, id);
        String token = Tokens.next();
        jdbc.sql("""
                INSERT INTO cert_complaint (id, access_token_hash, service, applicant_name, applicant_email, reference,
                    description, state, submitted_at, due_on) VALUES (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)""")
                .params(
                        id,
                        Tokens.hash(token),
                        n.service(),
                        name,
                        n.applicantEmail().trim().toLowerCase(Locale.ROOT),
                        n.reference() == null || n.reference().isBlank()
                                ? null
                                : n.reference().trim(),
                        description,
                        SqlTime.of(clock.instant()),
                        Date.valueOf(due))
                .update();
        audit.record(new AuditRecord(
                clock.instant(), null, n.applicantEmail(), null, "CERT_COMPLAINT_FILED", "Complaint", id, n.service()));
        mail.filed(id, name, n.applicantEmail().trim().toLowerCase(Locale.ROOT), due, token);
        return new Filed(id, token, due);
    }

    @Transactional
    public Complaint answer(Actor actor, UUID id, @Nullable String answer) {
        CertificationAccess.staff(actor);
        Complaint c = find(id);
        if (c.state() != Complaint.State.SUBMITTED) {
            throw new StateConflictException(
                    "The complaint has been answered", c.state().name());
        }
        if (answer == null || answer.isBlank() || answer.length() > 4000) {
            throw new InvalidInputException("answer", "is required (up to 4000 characters)");
        }
        jdbc.sql(
                        "UPDATE cert_complaint SET state = 'ANSWERED', answered_by = ?, answered_at = ?, answer = ? WHERE id = ?")
                .params(actor.userId(), SqlTime.of(clock.instant()), answer.trim(), id)
                .update();
        desk.complete(CaseType.COMPLAINT, id);
        audit.record(actor.auditEntry(clock.instant(), "CERT_COMPLAINT_ANSWERED", "Complaint", id, null));
        mail.answered(id, c.applicantName(), c.applicantEmail(), answer.trim());
        return find(id);
    }

    public List<Complaint> open(Actor actor) {
        CertificationAccess.staff(actor);
        return jdbc.sql("SELECT * FROM cert_complaint WHERE state = 'SUBMITTED' ORDER BY submitted_at")
                .query(Complaints::row)
                .list();
    }

    public Complaint byToken(String token) {
        return jdbc.sql("SELECT * FROM cert_complaint WHERE access_token_hash = ?")
                .param(Tokens.hash(Tokens.normalise(token)))
                .query(Complaints::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("Complaint", "token"));
    }

    private Complaint find(UUID id) {
        return jdbc.sql("SELECT * FROM cert_complaint WHERE id = ?")
                .param(id)
                .query(Complaints::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("Complaint", id));
    }

    private static Complaint row(ResultSet rs, int n) throws SQLException {
        return new Complaint(
                rs.getObject("id", UUID.class),
                rs.getString("service"),
                rs.getString("applicant_name"),
                rs.getString("applicant_email"),
                rs.getString("reference"),
                rs.getString("description"),
                Complaint.State.valueOf(rs.getString("state")),
                SqlTime.instant(rs, "submitted_at"),
                rs.getDate("due_on").toLocalDate(),
                SqlTime.instant(rs, "answered_at"),
                rs.getString("answer"));
    }
}
