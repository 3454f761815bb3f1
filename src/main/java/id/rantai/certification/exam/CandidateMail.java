package id.rantai.certification.exam;

import id.rantai.certification.notice.ApplicantMailer;
import java.time.LocalDate;
import java.util.Locale;
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

    public void registered(Candidate c, ExamSession s, String token, LocalDate checkDue) {
        mailer.send(
                "exam:" + c.id() + ":registered",
                "EXAM_REGISTERED",
                c.email(),
                "Pendaftaran ujian " + s.code() + " diterima",
                "Yth. " + c.fullName() + ",\n\npendaftaran Anda untuk ujian sertifikasi ahli kepabeanan " + s.code()
                        + " ("
                        + s.examDate() + ", " + s.venue() + ") telah kami terima dan akan diperiksa paling lambat "
                        + checkDue
                        + ".\nYour registration has been received; it will be checked by " + checkDue + ".\n\n"
                        + "Status, hasil dan survei / status, results and survey:\n"
                        + mailer.registrationPage(token)
                        + "\nSimpan tautan ini; tautan tidak dikirim ulang. Keep this link; it is not sent again.");
    }

    public void checked(Candidate c, ExamSession s) {
        boolean eligible = c.status() == Candidate.Status.ELIGIBLE;
        mailer.send(
                "exam:" + c.id() + ":checked",
                "EXAM_REGISTRATION_CHECKED",
                c.email(),
                "Pendaftaran ujian " + s.code() + (eligible ? " memenuhi syarat" : " ditolak"),
                "Yth. " + c.fullName() + ",\n\n"
                        + (eligible
                                ? "berkas pendaftaran Anda memenuhi syarat. Silakan lakukan pembayaran; nomor kursi diberikan setelah "
                                        + "pembayaran dikonfirmasi.\nYour registration is eligible; your seat number follows the payment."
                                : "pendaftaran Anda tidak dapat diterima: " + c.rejectionReason()
                                        + "\nYour registration was not accepted: " + c.rejectionReason()));
    }

    public void resultPublished(Candidate c, ExamSession s) {
        boolean passed = Boolean.TRUE.equals(c.passed());
        mailer.send(
                "exam:" + c.id() + ":result",
                "EXAM_RESULT",
                c.email(),
                "Hasil ujian " + s.code(),
                "Yth. " + c.fullName() + ",\n\nhasil ujian " + s.code() + " telah diumumkan. Nilai akhir Anda "
                        + String.format(Locale.ROOT, "%.2f", c.finalScore()) + " (batas lulus "
                        + String.format(Locale.ROOT, "%.2f", s.passMark()) + "): " + (passed ? "LULUS" : "TIDAK LULUS")
                        + ".\n"
                        + "Your final score is " + String.format(Locale.ROOT, "%.2f", c.finalScore()) + ": "
                        + (passed ? "passed; your certificate follows." : "not passed.") + "\n\n"
                        + "Mohon nilai layanan kami melalui tautan pada e-mail pendaftaran Anda.\n"
                        + "Please rate our service through the link in your registration e-mail.");
    }

    public void certificateIssued(Candidate c, String certificateNumber, String verificationCode) {
        mailer.send(
                "exam:" + c.id() + ":certificate",
                "CERTIFICATE_ISSUED",
                c.email(),
                "Sertifikat ahli kepabeanan " + certificateNumber,
                "Yth. " + c.fullName() + ",\n\nsertifikat ahli kepabeanan Anda nomor " + certificateNumber
                        + " telah terbit. Unduh melalui tautan pada e-mail pendaftaran Anda.\n"
                        + "Your certificate " + certificateNumber
                        + " has been issued; download it through your registration link.\n\n"
                        + "Keabsahan dapat diperiksa siapa saja di / anyone may verify it at:\n"
                        + mailer.verifyUrl(verificationCode));
    }

    public void examSoon(Candidate c, ExamSession s) {
        mailer.send(
                "exam:" + c.id() + ":reminder",
                "EXAM_REMINDER",
                c.email(),
                "Ujian " + s.code() + " pada " + s.examDate(),
                "Yth. " + c.fullName() + ",\n\nujian sertifikasi ahli kepabeanan " + s.code() + " diselenggarakan pada "
                        + s.examDate() + " di " + s.venue() + ". Nomor kursi Anda: " + c.seatNumber()
                        + ". Bawa KTP asli.\nYour exam is on " + s.examDate() + " at " + s.venue()
                        + "; your seat number is "
                        + c.seatNumber() + ". Bring your original identity card (KTP).");
    }
}
