package id.rantai.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rantai.notification.Notification;
import id.rantai.notification.Notifications;
import id.rantai.notification.OutboxMessage;
import id.rantai.shared.InvalidInputException;
import id.rantai.support.Api;
import id.rantai.support.MutableClock;
import id.rantai.support.Smtp;
import id.rantai.support.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The e-mail outbox against a real SMTP server (in-process) and a dead one: once queued a message
 * is sent exactly once, survives an SMTP outage with back-off, is given up visibly and can be
 * retried; administrators see only their own company's mail. Run on H2 and on PostgreSQL.
 */
abstract class NotificationScenarios {
    static final Smtp SMTP = Smtp.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        SMTP.register(r);
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Notifications notifications;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcOutbox rows;

    @Autowired
    JdbcMutes mutes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    id.rantai.identity.UserDirectory users;

    Api api;
    World w;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        w = new World(api);
    }

    private Notification message(String org, String key, String to) {
        return new Notification(UUID.fromString(org), key, "TEST", to, "Subject " + key, "Body of " + key);
    }

    private String address(String name) {
        return name + "-" + w.suffix + "@example.co.id";
    }

    @Test
    void aQueuedMessageIsSentOnceAndItsBodyIsNotKept() {
        String to = address("once");
        assertThat(notifications.queue(message(w.companyId, "k1-" + w.suffix, to)))
                .isTrue();
        assertThat(notifications.queue(message(w.companyId, "k1-" + w.suffix, to)))
                .as("same key again")
                .isFalse();
        // The same key in another company is another message.
        assertThat(notifications.queue(message(w.company2Id, "k1-" + w.suffix, to)))
                .isTrue();
        outbox.dispatch();
        outbox.dispatch();
        assertThat(SMTP.to(to)).hasSize(2);
        assertThat(Smtp.subject(SMTP.to(to).get(0))).isEqualTo("Subject k1-" + w.suffix);
        assertThat(Smtp.body(SMTP.to(to).get(0))).contains("Body of k1-" + w.suffix);

        var listed = api.get("admin", "/api/v1/notifications?topic=TEST&status=SENT&limit=1000")
                .expect(200);
        String mine = "$[?(@.recipient == '" + to + "')]";
        assertThat((List<String>) listed.json(mine + ".status")).containsExactly("SENT", "SENT");
        assertThat((List<Integer>) listed.json(mine + ".attempts")).containsExactly(1, 1);
        assertThat((List<String>) listed.json(mine + ".organisationId"))
                .containsExactlyInAnyOrder(w.companyId, w.company2Id);
        assertThat(jdbc.sql("SELECT body FROM notification WHERE recipient = ?")
                        .param(to)
                        .query(String.class)
                        .list())
                .containsOnly("");
    }

    @Test
    void anSmtpOutageIsRiddenOutWithBackOffThenGivenUpVisiblyAndRetriedByAnAdministrator() {
        String to = address("outage");
        notifications.queue(message(w.companyId, "outage-" + w.suffix, to));
        long id = rows.list(UUID.fromString(w.companyId), null, "TEST", 1000).stream()
                .filter(m -> m.recipient().equals(to))
                .findFirst()
                .orElseThrow()
                .id();
        var props = new NotificationProperties(
                "rantai@localhost",
                Duration.ofHours(1),
                3,
                Duration.ofMinutes(1),
                Duration.ofMinutes(3),
                Duration.ofMinutes(5),
                100,
                0.0); // no jitter: the waits below are exact
        MailOutbox dead = new MailOutbox(rows, mutes, sender(deadSmtp()), props, clock);

        dead.dispatch();
        OutboxMessage first = rows.find(id).orElseThrow();
        assertThat(first.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isNotBlank();
        assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        dead.dispatch();
        assertThat(rows.find(id).orElseThrow().attempts())
                .as("not due again before its back-off")
                .isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        dead.dispatch();
        assertThat(rows.find(id).orElseThrow().nextAttemptAt())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        clock.advance(Duration.ofMinutes(2));
        dead.dispatch();
        OutboxMessage given = rows.find(id).orElseThrow();
        assertThat(given.status()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(given.attempts()).isEqualTo(3);
        clock.advance(Duration.ofHours(1));
        outbox.dispatch();
        assertThat(SMTP.to(to)).as("a FAILED message waits for a person").isEmpty();

        // Seen and retried by the company's administrator; then the working server takes it.
        assertThat((List<Integer>) api.get(w.companyAdmin, "/api/v1/notifications?status=FAILED")
                        .json("$[*].id"))
                .contains((int) id);
        api.post(w.company2, "/api/v1/notifications/" + id + "/retry").expectProblem(403);
        api.post(w.companyAdmin, "/api/v1/notifications/" + id + "/retry").expect(200);
        api.post(w.companyAdmin, "/api/v1/notifications/" + id + "/retry").expectProblem(409);
        outbox.dispatch();
        assertThat(SMTP.to(to)).hasSize(1);
        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void twoInstancesEmptyingTheQueueAtOnceSendEachMessageOnce() throws Exception {
        String to = address("race");
        for (int i = 0; i < 40; i++) {
            notifications.queue(message(w.companyId, "race-" + i + "-" + w.suffix, to));
        }
        var pool = Executors.newFixedThreadPool(3);
        List<Future<MailOutbox.Delivery>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(pool.submit((Callable<MailOutbox.Delivery>) outbox::dispatch));
        }
        int sent = 0;
        for (var run : runs) {
            sent += run.get().sent();
        }
        pool.shutdown();
        assertThat(sent).isEqualTo(40);
        assertThat(SMTP.to(to)).hasSize(40);
        assertThat(SMTP.to(to).stream().map(Smtp::subject).distinct()).hasSize(40);
    }

    @Test
    void eachCompanySeesOnlyItsOwnMailAndBadQueriesAreProblems() {
        notifications.queue(message(w.companyId, "mine-" + w.suffix, address("mine")));
        notifications.queue(message(w.company2Id, "theirs-" + w.suffix, address("theirs")));
        List<String> seen = api.get(w.companyAdmin, "/api/v1/notifications?topic=TEST&limit=1000")
                .json("$[*].recipient");
        assertThat(seen).contains(address("mine")).doesNotContain(address("theirs"));
        List<String> all =
                api.get("admin", "/api/v1/notifications?topic=TEST&limit=1000").json("$[*].recipient");
        assertThat(all).contains(address("mine"), address("theirs"));
        assertThat(api.get(w.companyAdmin, "/api/v1/notifications").text()).doesNotContain("Body of");
        api.get(w.company, "/api/v1/notifications").expectProblem(403);
        api.get(w.officer, "/api/v1/notifications").expectProblem(403);
        api.get(w.companyAdmin, "/api/v1/notifications?limit=0").expectProblem(400, "limit");
        api.get(w.companyAdmin, "/api/v1/notifications?status=LOST").expectProblem(400, "status");
        api.post(w.companyAdmin, "/api/v1/notifications/999999999/retry").expectProblem(404);
        assertThatThrownBy(() -> message(w.companyId, "bad", "not-an-address"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void someoneWhoMutedATopicIsNotMailedAboutItWhileOthersStillAre() {
        var staff = users.contact(
                        UUID.fromString(api.get(w.company, "/api/v1/me").json("$.id")))
                .orElseThrow();
        var admin = users.contact(
                        UUID.fromString(api.get(w.companyAdmin, "/api/v1/me").json("$.id")))
                .orElseThrow();
        api.put(w.company, "/api/v1/me/muted-topics/ALERT_WARNING", "").expect(204);
        api.put(w.company, "/api/v1/me/muted-topics/ALERT_WARNING", "").expect(204);
        assertThat((List<String>) api.get(w.company, "/api/v1/me/muted-topics").json("$"))
                .containsExactly("ALERT_WARNING");
        assertThat((List<String>)
                        api.get(w.companyAdmin, "/api/v1/me/muted-topics").json("$"))
                .isEmpty();
        api.put(w.company, "/api/v1/me/muted-topics/not-a-topic", "").expectProblem(400, "topic");

        UUID company = UUID.fromString(w.companyId);
        assertThat(notifications.queueEach(
                        company, "muted-" + w.suffix, "ALERT_WARNING", List.of(staff, admin), "S", "T"))
                .isEqualTo(1);
        assertThat(notifications.queueEach(
                        company, "other-" + w.suffix, "ALERT_CRITICAL", List.of(staff, admin), "S", "T"))
                .as("another topic")
                .isEqualTo(2);
        api.send(api.request(w.company, "/api/v1/me/muted-topics/ALERT_WARNING").DELETE())
                .expect(204);
        assertThat(notifications.queueEach(
                        company, "unmuted-" + w.suffix, "ALERT_WARNING", List.of(staff, admin), "S", "T"))
                .isEqualTo(2);
        outbox.dispatch();
        assertThat(SMTP.to(World.email(w.company))).hasSize(2);
        assertThat(SMTP.to(World.email(w.companyAdmin))).hasSize(3);
    }

    private static JavaMailSender deadSmtp() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(1); // nothing listens there: the connection is refused at once
        return sender;
    }

    private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> sender(JavaMailSender sender) {
        return new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class);
    }
}
