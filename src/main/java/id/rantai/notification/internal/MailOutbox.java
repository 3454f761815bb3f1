package id.rantai.notification.internal;

import id.rantai.notification.Notification;
import id.rantai.notification.Notifications;
import id.rantai.notification.OutboxMessage.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Queues e-mails and hands them to SMTP. Each message is claimed with a lease before it is sent, so
 * several Rantai instances share the queue without sending one message twice; an instance that dies
 * mid-send leaves its claim to expire and another sends the message (the one case where a recipient
 * may get it twice: SMTP took it but the instance died before recording that).
 */
@Service
@EnableConfigurationProperties(NotificationProperties.class)
public class MailOutbox implements Notifications {
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcOutbox outbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;
    private final Clock clock;

    MailOutbox(JdbcOutbox outbox, ObjectProvider<JavaMailSender> mail, NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public boolean enabled() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public boolean queue(Notification notification) {
        return enabled() && outbox.insert(notification, clock.instant());
    }

    public record Delivery(int sent, int failed) {
    }

    /** Sends what is due; called on a schedule, and by tests that need the mail now. */
    @Scheduled(fixedDelayString = "${rantai.notification.dispatch-interval:PT30S}",
            initialDelayString = "${rantai.notification.dispatch-interval:PT30S}")
    public Delivery dispatch() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return new Delivery(0, 0);
        }
        int sent = 0;
        int failed = 0;
        Instant now = clock.instant();
        for (long id : outbox.due(now, properties.batchSize())) {
            Optional<JdbcOutbox.Claimed> claimed = outbox.claim(id, now, now.plus(properties.lease()));
            if (claimed.isEmpty()) {
                continue; // another instance took it
            }
            if (send(sender, claimed.get())) {
                sent++;
            } else {
                failed++;
            }
        }
        return new Delivery(sent, failed);
    }

    private boolean send(JavaMailSender sender, JdbcOutbox.Claimed message) {
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(properties.mailFrom());
        m.setTo(message.recipient());
        m.setSubject(message.subject());
        m.setText(message.body());
        try {
            sender.send(m);
            outbox.sent(message.id(), clock.instant());
            return true;
        } catch (MailException e) {
            boolean givingUp = message.attempts() >= properties.maxAttempts();
            Instant next = clock.instant().plus(properties.backoff(message.attempts()));
            outbox.failed(message.id(), givingUp ? Status.FAILED : Status.PENDING, next, e.toString());
            log.warn("E-mail {} to {} not sent (attempt {}{}): {}", message.id(), message.recipient(), message.attempts(),
                    givingUp ? ", giving up" : "", e.toString());
            return false;
        }
    }
}
