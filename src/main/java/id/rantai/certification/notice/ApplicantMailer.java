package id.rantai.certification.notice;

import id.rantai.certification.CertificationProperties;
import id.rantai.notification.MailText;
import id.rantai.notification.Notification;
import id.rantai.notification.Notifications;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.web.Languages;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the certification unit writes to its applicants: Indonesian first with an English line, the
 * unit's signature, and links to the public pages. The confirmation of a registration, request or
 * complaint is the only place besides the answer to the form where its access token is written
 * down (the database keeps only its hash; the outbox drops a message's body once it is sent). Each
 * message is queued in the transaction of the step it reports.
 */
@Component
public class ApplicantMailer {
    private static final String SIGNATURE =
            "\n\nPusat Pendidikan dan Pelatihan Bea dan Cukai — Sertifikasi Ahli Kepabeanan\n(Rantai)";

    private final Notifications notifications;
    private final CertificationProperties properties;
    private final JdbcApplicantLanguages languages;
    private final MessageSource messages;

    ApplicantMailer(
            Notifications notifications,
            CertificationProperties properties,
            JdbcApplicantLanguages languages,
            MessageSource messages) {
        this.notifications = notifications;
        this.properties = properties;
        this.languages = languages;
        this.messages = messages;
    }

    /**
     * Keeps the language an applicant chose for a registration, request or complaint: the one they
     * name ({@code id} or {@code en}), else the one they read the form in (the page's switch, their
     * browser's language). Applicants have no account to keep it in.
     */
    public void remember(UUID subject, @Nullable String chosen) {
        String language;
        if (chosen == null || chosen.isBlank()) {
            language = LocaleContextHolder.getLocaleContext() == null
                    ? Languages.INDONESIAN.getLanguage()
                    : Languages.supported(LocaleContextHolder.getLocale()).getLanguage();
        } else if (chosen.equals("id") || chosen.equals("en")) {
            language = chosen;
        } else {
            throw InvalidInputException.worded("language", "language");
        }
        languages.insert(subject, language);
    }

    /** A message to the applicant of a registration, request or complaint, in their language first. */
    public MailText text(UUID subject) {
        return MailText.with(messages)
                .readerFirst(languages.find(subject).map(Locale::forLanguageTag).orElse(null));
    }

    /** The public page an applicant follows their after-service request on, with its letter and survey. */
    public String requestPage(String token) {
        return properties.publicBaseUrl() + "/sertifikasi/layanan/" + token;
    }

    /** The public page an applicant follows their registration, results and certificate on. */
    public String registrationPage(String token) {
        return properties.publicBaseUrl() + "/sertifikasi/pendaftaran/" + token;
    }

    /** The public page a complainant follows their complaint on. */
    public String complaintPage(String token) {
        return properties.publicBaseUrl() + "/sertifikasi/pengaduan/" + token;
    }

    public String verifyUrl(String verificationCode) {
        return PublicLinks.verification(properties.publicBaseUrl(), verificationCode);
    }

    /** Queues one message; {@code key} names what it reports, so the same step is never mailed twice. */
    public void send(String key, String topic, String to, String subject, String text) {
        notifications.queue(new Notification(null, "certification:" + key, topic, to, subject, text + SIGNATURE));
    }
}
