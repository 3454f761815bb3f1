package id.rantai.certification.complaint;

import id.rantai.certification.notice.ApplicantMailer;
import id.rantai.notification.MailText;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What a complainant is told by e-mail: the receipt with the status link, then the answer. */
@Component
public class ComplaintMail {
    private final ApplicantMailer mailer;

    ComplaintMail(ApplicantMailer mailer) {
        this.mailer = mailer;
    }

    /** The language the complainant chose; their e-mails put it first. */
    void remember(UUID complaintId, @Nullable String language) {
        mailer.remember(complaintId, language);
    }

    public void filed(UUID complaintId, String name, String email, LocalDate due, String token) {
        MailText m = mailer.text(complaintId)
                .subject("mail.complaint.filed.subject")
                .paragraph("mail.dear", name)
                .paragraph("mail.complaint.filed", MailText.date(due))
                .fact("mail.complaint.page", mailer.complaintPage(token));
        mailer.send("complaint:" + complaintId + ":filed", "CERT_COMPLAINT_FILED", email, m.subject(), m.body());
    }

    public void answered(UUID complaintId, String name, String email, String answer) {
        MailText m = mailer.text(complaintId)
                .subject("mail.complaint.answered.subject")
                .paragraph("mail.dear", name)
                .paragraph("mail.complaint.answered")
                .paragraph("mail.verbatim", answer);
        mailer.send("complaint:" + complaintId + ":answered", "CERT_COMPLAINT_ANSWERED", email, m.subject(), m.body());
    }
}
