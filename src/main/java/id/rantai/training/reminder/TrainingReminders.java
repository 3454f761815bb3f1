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
 * example 30, 7 and 1 days before; only the nearest step reached counts, so a late first run does
 * not send three at once), in one e-mail per run listing every topic due — a new hire gets one
 * message, not one per topic. After it, the employee's manager and the compliance officer get a digest
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
        // One e-mail per employee and run, listing every topic that has reached a reminder step.
        Map<UUID, List<PairState>> dueByEmployee = new java.util.LinkedHashMap<>();
        for (PairState p : pairs) {
            if (p.status() != PairStatus.DUE_SOON || p.employee().email() == null || p.dueOn() == null) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(today, p.dueOn());
            if (steps.stream().anyMatch(d -> daysLeft <= d)) {
                dueByEmployee
                        .computeIfAbsent(p.employee().id(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        for (List<PairState> due : dueByEmployee.values()) {
            List<PairState> ordered = due.stream()
                    .sorted(Comparator.comparing(PairState::dueOn)
                            .thenComparing(p -> p.topic().code()))
                    .toList();
            // The key names each topic with the nearest step it reached: the same list is not sent
            // twice, and a topic reaching its next step (30, then 7 days) sends the list again.
            String content = ordered.stream()
                    .map(p -> p.topic().id() + ":" + p.dueOn() + ":" + step(steps, today, p))
                    .collect(Collectors.joining(","));
            PairState any = ordered.get(0);
            String key =
                    "due:" + any.employee().id() + ":" + Sha256.hex(content).substring(0, 32);
            MailText mail = MailText.with(messages)
                    .subject("mail.training.due.subject", ordered.size())
                    .paragraph("mail.training.dear", any.employee().fullName())
                    .paragraph("mail.training.due");
            for (PairState p : ordered) {
                mail.line(
                        "mail.training.dueLine",
                        MailText.words(p.topic().titleId(), p.topic().titleEn()),
                        MailText.date(p.dueOn()),
                        ChronoUnit.DAYS.between(today, p.dueOn()));
            }
            if (deliver(org, key, "TRAINING_DUE", any.employee().email(), mail.subject(), mail.body())) {
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
                mail.line(
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

    /** The nearest reminder step a pair has reached (7 rather than 30 once it is 7 days away). */
    private static int step(List<Integer> steps, LocalDate today, PairState p) {
        long daysLeft = ChronoUnit.DAYS.between(today, p.dueOn());
        return steps.stream().filter(d -> daysLeft <= d).findFirst().orElseThrow();
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
