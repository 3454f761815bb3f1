package id.rantai.aeo;

import org.jspecify.annotations.Nullable;

/**
 * One figure of live evidence, as a reviewer reads it: "SOP norms met: 47 of 50 (94 %)".
 *
 * @param label  what is counted
 * @param value  the figure, formatted for reading
 * @param good   whether it speaks for the criterion (true), against it (false), or neither (null)
 */
public record LiveFigure(
        String label, String value, @Nullable Boolean good) {
    public LiveFigure {
        if (label == null || label.isBlank() || value == null) {
            throw new IllegalArgumentException("A live figure needs a label and a value");
        }
    }
}
