package id.rantai.shared.export;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The message catalogue in one language, for the headings and values of an export. */
public record Labels(MessageSource messages, Locale locale) {

    public String get(String key, @Nullable Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** An enum value's label, {@code prefix + "." + NAME}; empty for null. */
    public String of(String prefix, @Nullable Enum<?> value) {
        return value == null ? "" : messages.getMessage(prefix + "." + value.name(), null, value.name(), locale);
    }
}
