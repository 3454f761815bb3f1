package id.rantai.shared.web;

import id.rantai.shared.InvalidInputException;
import id.rantai.shared.Worded;
import id.rantai.shared.Wording;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Refusals in their reader's language: an exception worded in the catalogue is read there in the
 * request's language (its record names, such as "Trip", through {@code entity.*}); one not yet
 * worded keeps its English text. Problem responses and the console's field errors both ask here.
 */
@Component
public class RefusalTexts {
    private static volatile @Nullable RefusalTexts current;
    private final MessageSource messages;

    RefusalTexts(MessageSource messages) {
        this.messages = messages;
        current = this;
    }

    /** The exception's text in the current request's language. */
    public static String of(RuntimeException e) {
        RefusalTexts texts = current;
        Wording w = e instanceof Worded worded ? worded.wording() : null;
        if (texts == null || w == null) {
            return e.getMessage() == null ? "" : e.getMessage();
        }
        String words = texts.words(w, LocaleContextHolder.getLocale());
        // Like its English message, a field's refusal starts with the field's name.
        return e instanceof InvalidInputException invalid ? invalid.field() + " " + words : words;
    }

    /** The refusal's words alone, without the field's name, in the current request's language. */
    public static String wordsOf(InvalidInputException e) {
        RefusalTexts texts = current;
        return texts == null ? e.wording().english() : texts.words(e.wording(), LocaleContextHolder.getLocale());
    }

    /**
     * A refusal kept as its English text (a stored import error) in a language: its translation where
     * the catalogue has one, else as written. Pages call it as {@code @refusalTexts.literal(text)}.
     */
    public String literal(String english, Locale locale) {
        return words(Wording.literal(english), locale);
    }

    public String literal(String english) {
        return literal(english, LocaleContextHolder.getLocale());
    }

    /** A worded refusal, or a catalogue key with arguments, in a language. */
    public String words(Wording w, Locale locale) {
        if (w.isLiteral()) {
            // Written in English where it is thrown: English as it is, Indonesian where translated.
            return locale.getLanguage().equals("en")
                    ? w.english()
                    : messages.getMessage(w.messageKey(), null, w.english(), locale);
        }
        Object[] args = w.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof java.time.LocalDate d) {
                args[i] = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                        .format(d);
            } else if (args[i] instanceof Wording.Label l) {
                args[i] = messages.getMessage(l.key(), null, l.key(), locale);
            } else if (args[i] instanceof Wording.Labels ls) {
                args[i] = String.join(
                        ", ",
                        ls.keys().stream()
                                .map(k -> messages.getMessage(k, null, k, locale))
                                .toList());
            }
        }
        if (w.key().equals("notFound") && args.length > 0 && args[0] instanceof String what) {
            args[0] = messages.getMessage("entity." + what, null, what, locale);
        }
        return messages.getMessage(w.messageKey(), args, w.english(), locale);
    }

    /** A catalogue text in a given language (for answers written before Spring MVC resolves one). */
    public static String text(Locale locale, String key) {
        RefusalTexts texts = current;
        return texts == null ? key : texts.messages.getMessage(key, null, key, locale);
    }

    /** A catalogue text in the current request's language; the key itself when the catalogue has none (or before start). */
    public static String text(String key, @Nullable Object... args) {
        RefusalTexts texts = current;
        return texts == null ? key : texts.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
