package id.rantai.training.reminder;

import id.rantai.notification.MailText;
import id.rantai.notification.Notification;
import id.rantai.notification.Notifications;
import id.rantai.notification.OutboxMessage;
import id.rantai.shared.crypto.Sha256;
import id.rantai.training.catalogue.Topic;
import id.rantai.training.catalogue.TrainingCatalogue;
import id.rantai.training.compliance.ComplianceLedger;
import id.rantai.training.compliance.ComplianceViews;
import id.rantai.training.compliance.PairState;
import id.rantai.training.rules.PairStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * E-mail reminders. Before a due date an employee is reminded on the company's schedule (for
 * example 30, 7 and 1 days before; only the nearest step reached is sent, so a late first run does
 * not send three at once). After it, the employee's manager and the compliance officer get a digest
 * of who is overdue, sent again only when the list changes. Each reminder goes to the notification
 * outbox under a key naming what it is about, so none is queued twice, even with several Rantai
 * instances. Without an SMTP server configured ({@code spring.mail.host}) nothing is queued.
 */
@Service
public class TrainingReminders {
    private final ComplianceLedger ledger;
    private final TrainingCatalogue catalogue;
    private final JdbcReminders reminders;
    private final Notifications notifications;
    private final MessageSource messages;

    TrainingReminders(
            ComplianceLedger ledger,
            TrainingCatalogue catalogue,
            JdbcReminders reminders,
            Notifications notifications,
            MessageSource messages) {
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.reminders = reminders;
        this.notifications = notifications;
        this.messages = messages;
    }

    public record Sent(int reminders, int digests) {}

    @Scheduled(
            fixedDelayString = "${rantai.training.reminder-interval:PT1H}",
            initialDelayString = "${rantai.training.reminder-interval:PT1H}")
    public void scheduled() {
        if (notifications.enabled()) {
            reminders.organisationsWithEmployees().forEach(this::send);
        }
    }

    public Sent send(UUID org) {
        if (!notifications.enabled()) {
            return new Sent(0, 0);
        }
        LocalDate today = catalogue.today();
        List<Integer> steps = catalogue.reminderDays(org).stream().sorted().toList();
        int sent = 0;
        List<PairState> pairs = ledger.evaluate(org, today, null);
        for (PairState p : pairs) {
            if (p.status() != PairStatus.DUE_SOON || p.employee().email() == null || p.dueOn() == null) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(today, p.dueOn());
            Integer step = steps.stream().filter(d -> daysLeft <= d).findFirst().orElse(null);
            if (step == null) {
                continue;
            }
            String key = "due:" + p.employee().id() + ":" + p.topic().id() + ":" + p.dueOn() + ":" + step;
            Object topic = MailText.words(p.topic().titleId(), p.topic().titleEn());
            MailText mail = MailText.with(messages)
                    .subject("mail.training.due.subject", MailText.date(p.dueOn()), topic)
                    .paragraph("mail.training.dear", p.employee().fullName())
                    .paragraph("mail.training.due", topic, MailText.date(p.dueOn()), daysLeft);
            if (deliver(org, key, "TRAINING_DUE", p.employee().email(), mail.subject(), mail.body())) {
                sent++;
            }
        }
        int digests = 0;
        List<ComplianceViews.Overdue> overdue = ComplianceViews.overdue(pairs, today);
        Map<UUID, Topic> topics = catalogue.topicsOf(org).stream().collect(Collectors.toMap(Topic::id, t -> t));
        Map<String, List<ComplianceViews.Overdue>> byRecipient = new TreeMap<>();
        for (ComplianceViews.Overdue o : overdue) {
            if (o.managerEmail() != null) {
                byRecipient
                        .computeIfAbsent(o.managerEmail(), k -> new ArrayList<>())
                        .add(o);
            }
        }
        String officer = catalogue.settings(org).complianceEmail();
        if (officer != null && !overdue.isEmpty()) {
            byRecipient.computeIfAbsent(officer, k -> new ArrayList<>()).addAll(overdue);
        }
        for (var e : byRecipient.entrySet()) {
            List<ComplianceViews.Overdue> list = e.getValue().stream()
                    .distinct()
                    .sorted(Comparator.comparing(ComplianceViews.Overdue::employeeNumber)
                            .thenComparing(ComplianceViews.Overdue::topicCode))
                    .toList();
            String content = list.stream()
                    .map(o -> o.employeeNumber() + " " + o.fullName() + " (" + o.department() + "): " + o.topicCode()
                            + " due " + o.dueOn() + ", " + o.daysOverdue() + " days overdue")
                    .collect(Collectors.joining("\n"));
            // The digest's key is its content: the same list is not sent again; a changed one is.
            String key = "digest:" + e.getKey() + ":" + Sha256.hex(content).substring(0, 32);
            MailText mail = MailText.with(messages)
                    .subject("mail.training.digest.subject", list.size())
                    .paragraph("mail.training.digest", MailText.date(today));
            for (ComplianceViews.Overdue o : list) {
                Topic t = topics.get(o.topicId());
                mail.paragraph(
                        "mail.training.digestLine",
                        o.employeeNumber(),
                        o.fullName(),
                        o.department(),
                        t == null ? o.topicCode() : MailText.words(t.titleId(), t.titleEn()),
                        MailText.date(o.dueOn()),
                        o.daysOverdue());
            }
            if (deliver(org, key, "TRAINING_OVERDUE_DIGEST", e.getKey(), mail.subject(), mail.body())) {
                digests++;
            }
        }
        return new Sent(sent, digests);
    }

    /** The latest reminders and overdue digests queued for the company, newest first, each with how delivery went. */
    public List<OutboxMessage> recent(UUID org, int limit) {
        List<OutboxMessage> out = new ArrayList<>(notifications.recent(org, "TRAINING_DUE", limit));
        out.addAll(notifications.recent(org, "TRAINING_OVERDUE_DIGEST", limit));
        out.sort(Comparator.comparing(OutboxMessage::createdAt).reversed());
        return out.subList(0, Math.min(limit, out.size()));
    }

    private boolean deliver(UUID org, String key, String topic, String to, String subject, String text) {
        return notifications.queue(new Notification(org, "training:" + key, topic, to, subject, text));
    }
}
