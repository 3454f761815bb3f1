package id.rantai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.shared.time.OfficeTimeZone;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class MailTextTest {
    final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    MailTextTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void an_email_is_indonesian_first_then_english_with_labels_dates_and_times_in_each_language() {
        MailText mail = MailText.with(messages)
                .subject(
                        "mail.norm.subject",
                        MailText.label("norm.INSTALLATION"),
                        MailText.label("mail.norm.onTrip"),
                        "ES-1")
                .paragraph(
                        "mail.training.dueLine",
                        MailText.words("Kendali Akses", "Access control"),
                        MailText.date(LocalDate.of(2026, 12, 2)),
                        30)
                .fact("mail.norm.dueAt", MailText.time(Instant.parse("2026-12-02T07:05:00Z"), OfficeTimeZone.WITA));

        assertThat(mail.subject())
                .isEqualTo("Norma waktu SOP terlampaui: Pemasangan (5 menit) pada perjalanan ES-1"
                        + " / SOP time norm breached: Installation (5 min) on trip ES-1");
        String body = mail.body();
        assertThat(body)
                .contains(
                        "• Kendali Akses: jatuh tempo 2 Desember 2026 (30 hari lagi)",
                        "Tenggat: 2 Desember 2026 15.05 WITA",
                        "— In English —",
                        "• Access control: due on 2 December 2026 (in 30 days)",
                        "Due: 2 December 2026 15:05 WITA",
                        "Pesan ini dikirim otomatis oleh Rantai");
        assertThat(body.indexOf("Tenggat:")).isLessThan(body.indexOf("— In English —"));
        assertThat(body.indexOf("— In English —")).isLessThan(body.indexOf("Due:"));
    }

    @Test
    void a_reader_who_chose_english_reads_english_first_then_indonesian() {
        MailText mail = MailText.with(messages)
                .readerFirst(java.util.Locale.ENGLISH)
                .subject("mail.complaint.answered.subject")
                .paragraph("mail.complaint.answered");

        assertThat(mail.subject()).isEqualTo("The answer to your complaint / Jawaban atas pengaduan Anda");
        String body = mail.body();
        assertThat(body.indexOf("here is the answer")).isLessThan(body.indexOf("— Dalam Bahasa Indonesia —"));
        assertThat(body.indexOf("— Dalam Bahasa Indonesia —")).isLessThan(body.indexOf("berikut jawaban"));
        assertThat(body).doesNotContain("In English");
    }
}
