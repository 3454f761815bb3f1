package id.rantai.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An in-process SMTP server for a test class, and what it received. A scenario class holds one in
 * a static field and registers it as Rantai's mail server from a {@code @DynamicPropertySource}.
 */
public final class Smtp {
    private final GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    private Smtp() {
        server.start();
    }

    public static Smtp start() {
        return new Smtp();
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> server.getSmtp().getPort());
    }

    public MimeMessage[] received() {
        return server.getReceivedMessages();
    }

    /** Messages to one address, oldest first. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(address))
                .toList();
    }

    public static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
