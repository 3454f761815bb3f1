package id.rantai.shared.web;

import id.rantai.shared.time.OfficeTimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Dates and times as a person reads them on the console, in the office's zone: "2 Desember 2026
 * 14.05 WIB" in Indonesian (a dot between hours and minutes), "2 December 2026 14:05 WIB" in English.
 */
public final class ConsoleDates {
    private ConsoleDates() {}

    public static String dateTime(@Nullable Instant at, OfficeTimeZone zone) {
        if (at == null) {
            return "—";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String pattern = english(locale) ? "d MMMM yyyy HH:mm" : "d MMMM yyyy HH.mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(at.atZone(zone.zone())) + " " + zone.name();
    }

    public static String date(@Nullable LocalDate date) {
        if (date == null) {
            return "—";
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale())
                .format(date);
    }

    private static boolean english(Locale locale) {
        return locale.getLanguage().equals("en");
    }
}
