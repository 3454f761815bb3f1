package id.rantai.shared.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The language a signed-in user chose to read Rantai in, kept with their account (the identity
 * module implements this), so that it follows them to another browser and into their e-mails.
 */
public interface UserLanguage {

    /** The signed-in user's choice; null when no one is signed in or they have not chosen. */
    @Nullable
    Locale current();

    /** Keeps the signed-in user's choice; does nothing for a request without a user. */
    void choose(Locale locale);
}
