package id.rantai.shared.document;

import id.rantai.shared.time.OfficeTimeZone;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Dates and numbers the way a document's language writes them: "2 Desember 2026", "14.05 WIB" and
 * "12.345,6" in Indonesian; "2 December 2026", "14:05 WIB" and "12,345.6" in English. Templates reach
 * it as {@code fmt}.
 */
public record DocumentFormats(Locale locale, OfficeTimeZone zone) {

    public String date(@Nullable LocalDate date) {
        return date == null
                ? "—"
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /** With the weekday: "Rabu, 2 Desember 2026". */
    public String longDate(@Nullable LocalDate date) {
        return date == null
                ? "—"
                : DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale).format(date);
    }

    public String dateTime(@Nullable Instant at) {
        if (at == null) {
            return "—";
        }
        String pattern = english() ? "d MMMM yyyy HH:mm" : "d MMMM yyyy HH.mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(at.atZone(zone.zone())) + " " + zone.name();
    }

    public String date(@Nullable Instant at) {
        return at == null ? "—" : date(LocalDate.ofInstant(at, zone.zone()));
    }

    /** A figure with at most the given decimals: 12.345,6 or 12,345.6. */
    public String number(@Nullable Number value, int decimals) {
        if (value == null) {
            return "—";
        }
        DecimalFormat f = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "#".repeat(decimals) : ""));
        f.setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(english() ? Locale.ENGLISH : locale));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    public String percent(@Nullable Number value) {
        return value == null ? "—" : number(value, 1) + " %";
    }

    private boolean english() {
        return locale.getLanguage().equals("en");
    }
}
