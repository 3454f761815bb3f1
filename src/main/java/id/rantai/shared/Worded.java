package id.rantai.shared;

import org.jspecify.annotations.Nullable;

/** An exception whose text is in the message catalogue, for its reader's language. */
public interface Worded {
    @Nullable
    Wording wording();
}
