package id.rantai.notification.internal;

import id.rantai.identity.UserDirectory;
import id.rantai.notification.Notification;
import id.rantai.notification.Notifications;
import id.rantai.shared.Inputs;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
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
    private final JdbcMutes mutes;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;
    private final Clock clock;

    MailOutbox(
            JdbcOutbox outbox,
            JdbcMutes mutes,
            ObjectProvider<JavaMailSender> mail,
            NotificationProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.mutes = mutes;
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

    @Override
    public int queueEach(
            @Nullable UUID organisationId,
            String key,
            String topic,
            Collection<UserDirectory.Contact> people,
            String subject,
            String text) {
        if (!enabled() || people.isEmpty()) {
            return 0;
        }
        Set<UUID> muted = mutes.mutedAmong(
                topic, people.stream().map(UserDirectory.Contact::userId).toList());
        Set<String> addresses = new HashSet<>();
        int queued = 0;
        for (UserDirectory.Contact c : people) {
            if (muted.contains(c.userId())
                    || !Inputs.isEmail(c.email())
                    || !addresses.add(c.email().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (queue(new Notification(
                    organisationId,
                    key + ":" + c.userId(),
                    topic,
                    c.email(),
                    subject,
                    "Yth. " + c.fullName() + " / Dear " + c.fullName() + ",\n\n" + text))) {
                queued++;
            }
        }
        return queued;
    }

    public record Delivery(int sent, int failed) {}

    /**
     * Sends what is due, in batches over one SMTP connection each, until nothing is due, SMTP takes
     * nothing, or the run has lasted one dispatch interval. Called on a schedule, and by tests that
     * need the mail now.
     */
    @Scheduled(
            fixedDelayString = "${rantai.notification.dispatch-interval:PT30S}",
            initialDelayString = "${rantai.notification.dispatch-interval:PT30S}")
    public Delivery dispatch() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return new Delivery(0, 0);
        }
        int sent = 0;
        int failed = 0;
        long end = System.nanoTime() + properties.dispatchInterval().toNanos();
        while (true) {
            Instant now = clock.instant();
            List<JdbcOutbox.Claimed> batch = new ArrayList<>();
            for (long id : outbox.due(now, properties.batchSize())) {
                outbox.claim(id, now, now.plus(properties.lease()))
                        .ifPresent(batch::add); // else another instance took it
            }
            if (batch.isEmpty()) {
                break;
            }
            Delivery round = send(sender, batch);
            sent += round.sent();
            failed += round.failed();
            if (round.sent() == 0 || System.nanoTime() > end) {
                break; // SMTP is refusing everything, or this run has had its time
            }
        }
        return new Delivery(sent, failed);
    }

    private Delivery send(JavaMailSender sender, List<JdbcOutbox.Claimed> batch) {
        SimpleMailMessage[] messages = batch.stream().map(this::message).toArray(SimpleMailMessage[]::new);
        Map<Object, Exception> refused = Map.of();
        MailException whole = null;
        try {
            sender.send(messages);
        } catch (MailSendException e) {
            refused = e.getFailedMessages();
            whole = refused.isEmpty() ? e : null;
        } catch (MailException e) {
            whole = e;
        }
        int sent = 0;
        for (int i = 0; i < messages.length; i++) {
            Exception problem = whole != null ? whole : refused.get(messages[i]);
            if (problem == null) {
                outbox.sent(batch.get(i).id(), clock.instant());
                sent++;
            } else {
                failed(batch.get(i), problem);
            }
        }
        return new Delivery(sent, messages.length - sent);
    }

    private SimpleMailMessage message(JdbcOutbox.Claimed claimed) {
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(properties.mailFrom());
        m.setTo(claimed.recipient());
        m.setSubject(claimed.subject());
        m.setText(claimed.body());
        return m;
    }

    private void failed(JdbcOutbox.Claimed message, Exception e) {
        boolean givingUp = message.attempts() >= properties.maxAttempts();
        Instant next = clock.instant().plus(properties.backoff(message.attempts()));
        outbox.failed(message.id(), givingUp, next, e.toString());
        log.warn(
                "E-mail {} to {} not sent (attempt {}{}): {}",
                message.id(),
                message.recipient(),
                message.attempts(),
                givingUp ? ", giving up" : "",
                e.toString());
    }

    @Override
    public java.util.List<id.rantai.notification.OutboxMessage> recent(UUID organisationId, String topic, int limit) {
        return outbox.list(organisationId, null, topic, limit);
    }
}
