package id.rantai.certification.complaint;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.certification.CertificationAccess;
import id.rantai.certification.Tokens;
import id.rantai.certification.TrainingCentres;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.certification.standard.ServiceStandard;
import id.rantai.certification.standard.ServiceStandard.CaseType;
import id.rantai.identity.Actor;
import id.rantai.shared.Inputs;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Complaints about the certification services: filed by anyone, followed by token, answered within the standard. */
@Service
public class Complaints {
    private final JdbcComplaints complaints;
    private final ServiceStandard standard;
    private final ServiceDesk desk;
    private final AuditTrail audit;
    private final ComplaintMail mail;
    private final TrainingCentres centres;
    private final Clock clock;

    Complaints(
            JdbcComplaints complaints,
            ServiceStandard standard,
            ServiceDesk desk,
            AuditTrail audit,
            ComplaintMail mail,
            TrainingCentres centres,
            Clock clock) {
        this.complaints = complaints;
        this.standard = standard;
        this.desk = desk;
        this.audit = audit;
        this.mail = mail;
        this.centres = centres;
        this.clock = clock;
    }

    public record NewComplaint(
            @Size(max = 32) @Nullable String service,
            @Size(max = 200) @Nullable String applicantName,
            @Size(max = 254) @Nullable String applicantEmail,
            @Size(max = 100) @Nullable String reference,
            @Size(max = 4000) @Nullable String description,

            @Schema(allowableValues = {"id", "en"}) @Nullable
            String language,
            /* The training centre addressed; needed only where more than one runs on Rantai. */
            @Nullable UUID trainingCentreId) {}

    public record Filed(UUID complaintId, String accessToken, LocalDate dueOn) {}

    @Transactional
    public Filed file(NewComplaint n) {
        List<String> services =
                standard.services().stream().map(ServiceStandard.Service::code).toList();
        if (n.service() == null || !services.contains(n.service())) {
            throw InvalidInputException.worded("service", "oneOf", String.join(", ", services));
        }
        String name = Inputs.requiredText(n.applicantName(), "applicantName", 200);
        if (!Inputs.isEmail(n.applicantEmail())) {
            throw InvalidInputException.worded("applicantEmail", "notEmail");
        }
        String description = Inputs.requiredText(n.description(), "description", 4000);
        if (n.reference() != null && n.reference().length() > 100) {
            throw new InvalidInputException("reference", "is longer than 100 characters");
        }
        UUID centre = centres.addressed(n.trainingCentreId(), "trainingCentreId");
        UUID id = UUID.randomUUID();
        LocalDate due = desk.start(centre, CaseType.COMPLAINT, id);
        String token = Tokens.next();
        String email = n.applicantEmail().trim().toLowerCase(Locale.ROOT);
        String reference = n.reference() == null || n.reference().isBlank()
                ? null
                : n.reference().trim();
        complaints.insert(
                new Complaint(
                        id,
                        centre,
                        n.service(),
                        name,
                        email,
                        reference,
                        description,
                        Complaint.State.SUBMITTED,
                        clock.instant(),
                        due,
                        /* answeredAt= */ null,
                        /* answer= */ null),
                Tokens.hash(token));
        audit.record(new AuditRecord(
                clock.instant(), null, n.applicantEmail(), null, "CERT_COMPLAINT_FILED", "Complaint", id, n.service()));
        mail.remember(id, n.language());
        mail.filed(id, name, email, due, token);
        return new Filed(id, token, due);
    }

    @Transactional
    public Complaint answer(Actor actor, UUID id, @Nullable String answer) {
        Complaint c = find(id);
        CertificationAccess.requireOwn(actor, c.trainingCentreId(), "Complaint", id);
        if (c.state() != Complaint.State.SUBMITTED) {
            throw new StateConflictException(
                    "The complaint has been answered", c.state().name());
        }
        if (answer == null || answer.isBlank() || answer.length() > 4000) {
            throw new InvalidInputException("answer", "is required (up to 4000 characters)");
        }
        complaints.answered(id, actor.userId(), clock.instant(), answer.trim());
        desk.complete(CaseType.COMPLAINT, id);
        audit.record(actor.auditEntry(clock.instant(), "CERT_COMPLAINT_ANSWERED", "Complaint", id, null));
        mail.answered(id, c.applicantName(), c.applicantEmail(), answer.trim());
        return find(id);
    }

    /** The complaints waiting at the actor's own training centre (at every centre, for the administrator). */
    public List<Complaint> open(Actor actor) {
        UUID centre = CertificationAccess.scopeOf(actor);
        return centre == null ? complaints.open() : complaints.open(centre);
    }

    public Complaint byToken(String token) {
        return complaints
                .byTokenHash(Tokens.hash(Tokens.normalise(token)))
                .orElseThrow(() -> new NotFoundException("Complaint", "token"));
    }

    private Complaint find(UUID id) {
        return complaints.find(id).orElseThrow(() -> new NotFoundException("Complaint", id));
    }
}
