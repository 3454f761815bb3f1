package id.rantai.aeo;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One figure of live evidence, as a reviewer reads it: "SOP norms met: 47 of 50 (94 %)". Both parts
 * are catalogue texts ({@code liveFigure.*}) read in the reader's language, never English written
 * where the figure is counted: the same figure goes into an Indonesian report and an English page.
 *
 * @param label what is counted
 * @param value the figure
 * @param good  whether it speaks for the criterion (true), against it (false), or neither (null)
 */
public record LiveFigure(Text label, Text value, @Nullable Boolean good) {

    /**
     * A catalogue key and its arguments: numbers, dates ({@link LocalDate}, written the reader's way)
     * and labels ({@link id.rantai.shared.Wording.Label}, read from the catalogue).
     */
    public record Text(String key, List<Object> args) {
        public Text {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("A live figure's text needs its catalogue key");
            }
            args = List.copyOf(args);
        }
    }

    /** A figure labelled by a catalogue key. */
    public static LiveFigure of(String labelKey, Text value, @Nullable Boolean good) {
        return new LiveFigure(text(labelKey), value, good);
    }

    public static Text text(String key, Object... args) {
        return new Text(key, List.of(args));
    }

    /** A count, with the reader's digit grouping. */
    public static Text count(long n) {
        return text("liveFigure.count", n);
    }

    /** "{0} of {1}". */
    public static Text ofTotal(long part, long total) {
        return text("liveFigure.ofTotal", part, total);
    }

    /** A day, as "2 Desember 2026" or "2 December 2026". */
    public static Text day(LocalDate day) {
        return text("liveFigure.day", day);
    }
}
