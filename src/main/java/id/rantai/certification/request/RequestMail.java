package id.rantai.certification.request;

import id.rantai.certification.notice.ApplicantMailer;
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

    public void submitted(CertificateRequest r, String certificateNumber, String token) {
        mailer.send(
                "request:" + r.id() + ":submitted",
                "CERT_REQUEST_SUBMITTED",
                r.applicantEmail(),
                "Permohonan " + service(r.kind()) + " sertifikat " + certificateNumber + " diterima",
                "Yth. " + r.applicantName() + ",\n\npermohonan " + service(r.kind()) + " untuk sertifikat "
                        + certificateNumber
                        + " telah kami terima; standar waktu layanan hingga " + r.dueOn() + ".\n"
                        + "Your request has been received; it is due by " + r.dueOn() + ".\n\n"
                        + "Status, surat dan survei / status, letter and survey:\n" + mailer.requestPage(token)
                        + "\nSimpan tautan ini; tautan tidak dikirim ulang. Keep this link; it is not sent again.");
    }

    public void closed(CertificateRequest r) {
        boolean done = r.state() == CertificateRequest.State.COMPLETED;
        mailer.send(
                "request:" + r.id() + ":closed",
                "CERT_REQUEST_CLOSED",
                r.applicantEmail(),
                "Permohonan " + service(r.kind()) + (done ? " selesai" : " ditolak"),
                "Yth. " + r.applicantName() + ",\n\n"
                        + (done
                                ? "permohonan " + service(r.kind()) + " Anda telah selesai (surat nomor "
                                        + r.letterNumber()
                                        + "). Dokumen dapat diunduh melalui tautan pada e-mail permohonan.\n"
                                        + "Your request is completed; the letter is available through your request link."
                                : "permohonan Anda tidak dapat dipenuhi: " + r.decisionNote()
                                        + "\nYour request was turned down: " + r.decisionNote())
                        + "\n\nMohon luangkan satu menit untuk menilai layanan kami melalui tautan yang sama (skala 1-4).\n"
                        + "Please take a minute to rate our service through the same link (1 to 4).");
    }

    private static String service(CertificateRequest.Kind kind) {
        return switch (kind) {
            case LEGALIZATION -> "legalisasi";
            case CORRECTION -> "ralat";
            case LOST_CERTIFICATE -> "surat keterangan kehilangan";
        };
    }
}
