package id.rantai.aeo.assessment;

import id.rantai.aeo.LiveFigure;
import id.rantai.shared.Wording;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Live figures read in a language: their label and value from the catalogue, dates and labels in its words. */
@Component
public class LiveFigureTexts {
    private final MessageSource messages;

    LiveFigureTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** A live figure as a person reads it. */
    public record Shown(
            String label, String value, @Nullable Boolean good) {}

    public Shown show(LiveFigure f, Locale locale) {
        return new Shown(read(f.label(), locale), read(f.value(), locale), f.good());
    }

    String read(LiveFigure.Text t, Locale locale) {
        Object[] args = t.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalDate d) {
                args[i] = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(d);
            } else if (args[i] instanceof Wording.Label l) {
                args[i] = messages.getMessage(l.key(), null, l.key(), locale);
            }
        }
        return messages.getMessage(t.key(), args, t.key(), locale);
    }
}
