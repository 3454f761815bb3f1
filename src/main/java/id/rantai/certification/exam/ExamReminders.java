package id.rantai.certification.exam;

import id.rantai.certification.standard.ServiceDesk;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds every candidate with a seat of the exam's date, venue and seat number a few days before
 * it (the exam card). Looked for every hour; each candidate is reminded once.
 */
@Component
public class ExamReminders {
    private final JdbcExams exams;
    private final CandidateMail mail;
    private final ServiceDesk desk;
    private final int daysBefore;

    ExamReminders(
            JdbcExams exams,
            CandidateMail mail,
            ServiceDesk desk,
            @Value("${rantai.certification.exam-reminder-days:3}") int daysBefore) {
        this.exams = exams;
        this.mail = mail;
        this.desk = desk;
        this.daysBefore = daysBefore;
    }

    @Scheduled(
            fixedDelayString = "${rantai.certification.exam-reminder-interval:PT1H}",
            initialDelayString = "${rantai.certification.exam-reminder-interval:PT1H}")
    public void remind() {
        LocalDate today = desk.today();
        for (ExamSession s : exams.sessions()) {
            if (s.examDate().isBefore(today) || s.examDate().isAfter(today.plusDays(daysBefore))) {
                continue;
            }
            exams.candidates(s.id()).stream()
                    .filter(c -> c.status() == Candidate.Status.PAID)
                    .forEach(c -> mail.examSoon(c, s));
        }
    }
}
