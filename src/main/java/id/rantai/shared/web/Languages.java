package id.rantai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The two languages Rantai speaks, and how a request asks for one. */
public final class Languages {
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {}

    /** English when the request's first language is English; Indonesian for anything else or no header. */
    public static Locale fromHeader(HttpServletRequest request) {
        return request.getHeader("Accept-Language") != null
                        && request.getLocale().getLanguage().equals("en")
                ? ENGLISH
                : INDONESIAN;
    }

    public static Locale supported(Locale locale) {
        return locale.getLanguage().equals("en") ? ENGLISH : INDONESIAN;
    }
}
