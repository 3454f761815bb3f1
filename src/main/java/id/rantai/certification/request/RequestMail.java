package id.rantai.certification.request;

import id.rantai.certification.notice.ApplicantMailer;
import id.rantai.notification.MailText;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What an applicant for an after-service is told by e-mail: the confirmation with the status link,
 * then the outcome with the survey invitation.
 */
@Component
public class RequestMail {
    private final ApplicantMailer mailer;

    RequestMail(ApplicantMailer mailer) {
        this.mailer = mailer;
    }

    /** The language the applicant chose for this request; their e-mails put it first. */
    void remember(UUID requestId, @Nullable String language) {
        mailer.remember(requestId, language);
    }

    public void submitted(CertificateRequest r, String certificateNumber, String token) {
        MailText m = mailer.text(r.id())
                .subject("mail.request.submitted.subject", service(r.kind()), certificateNumber)
                .paragraph("mail.dear", r.applicantName())
                .paragraph("mail.request.submitted", service(r.kind()), certificateNumber, MailText.date(r.dueOn()))
                .fact("mail.request.page", mailer.requestPage(token))
                .paragraph("mail.keepLink");
        mailer.send(
                "request:" + r.id() + ":submitted",
                "CERT_REQUEST_SUBMITTED",
                r.applicantEmail(),
                m.subject(),
                m.body());
    }

    public void closed(CertificateRequest r) {
        boolean done = r.state() == CertificateRequest.State.COMPLETED;
        MailText m = mailer.text(r.id())
                .subject(done ? "mail.request.done.subject" : "mail.request.refused.subject", service(r.kind()))
                .paragraph("mail.dear", r.applicantName());
        if (done) {
            m.paragraph("mail.request.done", service(r.kind()), String.valueOf(r.letterNumber()));
        } else {
            m.paragraph("mail.request.refused").fact("mail.reason", String.valueOf(r.decisionNote()));
        }
        m.paragraph("mail.rateService");
        mailer.send("request:" + r.id() + ":closed", "CERT_REQUEST_CLOSED", r.applicantEmail(), m.subject(), m.body());
    }

    private static Object service(CertificateRequest.Kind kind) {
        return MailText.label("mail.request.kind." + kind.name());
    }
}
