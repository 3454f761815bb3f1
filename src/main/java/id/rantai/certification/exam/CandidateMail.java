package id.rantai.certification.exam;

import id.rantai.certification.notice.ApplicantMailer;
import id.rantai.notification.MailText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What an exam candidate is told by e-mail: the confirmation with the status link, the check, the
 * result and the certificate.
 */
@Component
public class CandidateMail {
    private final ApplicantMailer mailer;

    CandidateMail(ApplicantMailer mailer) {
        this.mailer = mailer;
    }

    /** The language the candidate chose at registration; their e-mails put it first. */
    void remember(UUID candidateId, @Nullable String language) {
        mailer.remember(candidateId, language);
    }

    public void registered(Candidate c, ExamSession s, String token, LocalDate checkDue) {
        mail(
                "exam:" + c.id() + ":registered",
                "EXAM_REGISTERED",
                c.email(),
                text(c).subject("mail.exam.registered.subject", s.code())
                        .paragraph("mail.dear", c.fullName())
                        .paragraph(
                                "mail.exam.registered",
                                s.code(),
                                MailText.date(s.examDate()),
                                s.venue(),
                                MailText.date(checkDue))
                        .fact("mail.exam.page", mailer.registrationPage(token))
                        .paragraph("mail.keepLink"));
    }

    public void checked(Candidate c, ExamSession s) {
        boolean eligible = c.status() == Candidate.Status.ELIGIBLE;
        MailText m = text(c).subject(eligible ? "mail.exam.eligible.subject" : "mail.exam.rejected.subject", s.code())
                .paragraph("mail.dear", c.fullName());
        if (eligible) {
            m.paragraph("mail.exam.eligible");
        } else {
            m.paragraph("mail.exam.rejected").fact("mail.reason", String.valueOf(c.rejectionReason()));
        }
        mail("exam:" + c.id() + ":checked", "EXAM_REGISTRATION_CHECKED", c.email(), m);
    }

    public void resultPublished(Candidate c, ExamSession s) {
        boolean passed = Boolean.TRUE.equals(c.passed());
        mail(
                "exam:" + c.id() + ":result",
                "EXAM_RESULT",
                c.email(),
                text(c).subject("mail.exam.result.subject", s.code())
                        .paragraph("mail.dear", c.fullName())
                        .paragraph(
                                "mail.exam.result",
                                s.code(),
                                score(c.finalScore()),
                                score(s.passMark()),
                                MailText.label(passed ? "mail.exam.passed" : "mail.exam.failed")));
    }

    public void certificateIssued(Candidate c, String certificateNumber, String verificationCode) {
        mail(
                "exam:" + c.id() + ":certificate",
                "CERTIFICATE_ISSUED",
                c.email(),
                text(c).subject("mail.exam.certificate.subject", certificateNumber)
                        .paragraph("mail.dear", c.fullName())
                        .paragraph("mail.exam.certificate", certificateNumber)
                        .fact("mail.exam.verify", mailer.verifyUrl(verificationCode))
                        // Both services are rated now, on passing and collecting the certificate (seed 002).
                        .paragraph("mail.rateService"));
    }

    public void examSoon(Candidate c, ExamSession s) {
        mail(
                "exam:" + c.id() + ":reminder",
                "EXAM_REMINDER",
                c.email(),
                text(c).subject("mail.exam.soon.subject", s.code(), MailText.date(s.examDate()))
                        .paragraph("mail.dear", c.fullName())
                        .paragraph("mail.exam.soon", s.code(), MailText.date(s.examDate()), s.venue(), c.seatNumber()));
    }

    private MailText text(Candidate c) {
        return mailer.text(c.id());
    }

    private void mail(String key, String topic, String to, MailText m) {
        mailer.send(key, topic, to, m.subject(), m.body());
    }

    /** A score with two decimals the way each language writes it: 45,00 and 45.00. */
    private static Object score(@Nullable Double value) {
        double v = value == null ? 0 : value;
        return MailText.words(
                String.format(Locale.forLanguageTag("id"), "%.2f", v), String.format(Locale.ROOT, "%.2f", v));
    }
}
