package id.rantai.notification;

import id.rantai.shared.time.OfficeTimeZone;
import id.rantai.shared.web.Languages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Every e-mail's one layout: the text in Bahasa Indonesia, then the same in English below a rule
 * (or English first, for a reader who chose English — see {@link #readerFirst}), then Rantai's footer — each part from the message catalogue ({@code mail.*}), so that no one reads
 * a code where they expect a word. Arguments that read differently per language — a label from the
 * catalogue, a date, a time in the office's zone — are written as {@link #label}, {@link #date} and
 * {@link #time} and put in each language's form.
 */
public final class MailText {
    private static final Object[] NO_ARGS = new Object[0];

    private final MessageSource messages;
    private final List<Part> parts = new ArrayList<>();
    private String subjectKey = "";
    private Object[] subjectArgs = new Object[0];
    private Locale first = Languages.INDONESIAN;

    private MailText(MessageSource messages) {
        this.messages = messages;
    }

    public static MailText with(MessageSource messages) {
        return new MailText(messages);
    }

    /** A catalogue label read in each language (an alert type, a norm, a state). */
    public static Object label(String key) {
        return new Label(key);
    }

    /** A name that has its own Indonesian and English form (a training topic's title). */
    public static Object words(String indonesian, String english) {
        return new Words(indonesian, english);
    }

    public static Object date(@Nullable LocalDate date) {
        return new DateArg(date);
    }

    /** A moment as the office's clock showed it: "2 Desember 2026 14.05 WIB". */
    public static Object time(Instant at, OfficeTimeZone zone) {
        return new TimeArg(at, zone);
    }

    /**
     * The reader's own language first: English above Indonesian for one who chose English (an
     * applicant at registration, a user in their settings); Indonesian first otherwise.
     */
    public MailText readerFirst(@Nullable Locale reader) {
        this.first = reader != null && reader.getLanguage().equals("en") ? Locale.ENGLISH : Languages.INDONESIAN;
        return this;
    }

    public MailText subject(String key, Object... args) {
        this.subjectKey = key;
        this.subjectArgs = args;
        return this;
    }

    /** A paragraph, in each language. */
    public MailText paragraph(String key, Object... args) {
        parts.add(new Part(Kind.PARAGRAPH, key, args, null));
        return this;
    }

    /** A line of a list, kept with the lines and facts next to it. */
    public MailText line(String key, Object... args) {
        parts.add(new Part(Kind.LINE, key, args, null));
        return this;
    }

    /** A line "label: value", the label in each language and the value as given (a number, a link). */
    public MailText fact(String labelKey, Object value) {
        parts.add(new Part(Kind.FACT, labelKey, NO_ARGS, value));
        return this;
    }

    /** "Indonesian subject / English subject" (the reader's language first). */
    public String subject() {
        return text(subjectKey, subjectArgs, first) + " / " + text(subjectKey, subjectArgs, second());
    }

    /**
     * The Indonesian text, the English one under "— In English —", then the footer. A paragraph
     * stands apart (a blank line); facts and list lines that follow one another stay together.
     */
    public String body() {
        Locale second = second();
        String rule = second.getLanguage().equals("en") ? "mail.inEnglish" : "mail.inIndonesian";
        return section(first) + "\n\n— " + text(rule, NO_ARGS, second) + " —\n\n"
                + section(second) + "\n\n-- \n" + text("mail.footer", NO_ARGS, first) + "\n"
                + text("mail.footer", NO_ARGS, second) + "\n";
    }

    private Locale second() {
        return first.getLanguage().equals("en") ? Languages.INDONESIAN : Locale.ENGLISH;
    }

    private String section(Locale locale) {
        StringBuilder b = new StringBuilder();
        Part previous = null;
        for (Part p : parts) {
            if (previous != null) {
                b.append(p.kind() != Kind.PARAGRAPH && previous.kind() != Kind.PARAGRAPH ? "\n" : "\n\n");
            }
            b.append(text(p.key(), p.args(), locale));
            if (p.kind() == Kind.FACT) {
                b.append(": ").append(value(p.value(), locale));
            }
            previous = p;
        }
        return b.toString();
    }

    private String text(String key, Object[] args, Locale locale) {
        Object[] localized = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            localized[i] = value(args[i], locale);
        }
        return messages.getMessage(key, localized, key, locale);
    }

    private Object value(Object arg, Locale locale) {
        if (arg instanceof Label l) {
            return messages.getMessage(l.key(), null, l.key(), locale);
        }
        if (arg instanceof Words w) {
            return locale.getLanguage().equals("en") ? w.english() : w.indonesian();
        }
        if (arg instanceof DateArg d) {
            return d.date() == null
                    ? "—"
                    : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(d.date());
        }
        if (arg instanceof TimeArg t) {
            String pattern = locale.getLanguage().equals("en") ? "d MMMM yyyy HH:mm" : "d MMMM yyyy HH.mm";
            return DateTimeFormatter.ofPattern(pattern, locale)
                            .format(t.at().atZone(t.zone().zone())) + " "
                    + t.zone().name();
        }
        // Numbers stay numbers, so that a pattern may choose a word by them ("1 topic", "2 topics");
        // identifiers such as a NIK or a letter number are passed as text.
        return arg;
    }

    private enum Kind {
        PARAGRAPH,
        LINE,
        FACT
    }

    private record Part(
            Kind kind, String key, Object[] args, @Nullable Object value) {}

    private record Label(String key) {}

    private record Words(String indonesian, String english) {}

    private record DateArg(@Nullable LocalDate date) {}

    private record TimeArg(Instant at, OfficeTimeZone zone) {}
}
