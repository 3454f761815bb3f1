package id.rantai.certification.complaint;

import id.rantai.certification.notice.ApplicantMailer;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What a complainant is told by e-mail: the receipt with the status link, then the answer. */
@Component
public class ComplaintMail {
    private final ApplicantMailer mailer;

    ComplaintMail(ApplicantMailer mailer) {
        this.mailer = mailer;
    }

    public void filed(UUID complaintId, String name, String email, LocalDate due, String token) {
        mailer.send(
                "complaint:" + complaintId + ":filed",
                "CERT_COMPLAINT_FILED",
                email,
                "Pengaduan Anda diterima",
                "Yth. " + name + ",\n\npengaduan Anda telah kami terima dan akan dijawab paling lambat " + due + ".\n"
                        + "Your complaint has been received and will be answered by " + due + ".\n\n"
                        + mailer.complaintPage(token));
    }

    public void answered(UUID complaintId, String name, String email, String answer) {
        mailer.send(
                "complaint:" + complaintId + ":answered",
                "CERT_COMPLAINT_ANSWERED",
                email,
                "Jawaban atas pengaduan Anda",
                "Yth. " + name + ",\n\njawaban atas pengaduan Anda / the answer to your complaint:\n\n" + answer);
    }
}
