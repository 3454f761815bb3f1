package id.rantai.shared.document;

import id.rantai.shared.time.OfficeTimeZone;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One document to print: its body template (in the issuing module's {@code templates/…/documents}
 * folder, laid out on {@code documents/layout}), the language it is written in, who issues it, its
 * title and number, and — where it has them — its signer and how to verify it. The body template
 * reads {@code content}'s entries as its own variables.
 */
public record PrintedDocument(
        String template,
        Locale locale,
        Letterhead letterhead,
        String title,
        @Nullable String number,
        @Nullable Signature signature,
        @Nullable Verification verification,
        boolean landscape,
        OfficeTimeZone zone,
        Map<String, Object> content) {

    public PrintedDocument {
        content = Map.copyOf(content);
    }

    public static PrintedDocument of(String template, Locale locale, Letterhead letterhead, String title) {
        return new PrintedDocument(
                template, locale, letterhead, title, null, null, null, false, OfficeTimeZone.WIB, Map.of());
    }

    public PrintedDocument numbered(@Nullable String documentNumber) {
        return new PrintedDocument(
                template, locale, letterhead, title, documentNumber, signature, verification, landscape, zone, content);
    }

    public PrintedDocument signedBy(@Nullable Signature signer) {
        return new PrintedDocument(
                template, locale, letterhead, title, number, signer, verification, landscape, zone, content);
    }

    public PrintedDocument verifiedAt(@Nullable Verification where) {
        return new PrintedDocument(
                template, locale, letterhead, title, number, signature, where, landscape, zone, content);
    }

    /** A4 landscape, as certificates are printed. */
    public PrintedDocument inLandscape() {
        return new PrintedDocument(
                template, locale, letterhead, title, number, signature, verification, true, zone, content);
    }

    /** The zone the generation time is printed in: the issuing office's. */
    public PrintedDocument inZone(OfficeTimeZone officeZone) {
        return new PrintedDocument(
                template, locale, letterhead, title, number, signature, verification, landscape, officeZone, content);
    }

    public PrintedDocument with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(content);
        more.put(name, value);
        return new PrintedDocument(
                template, locale, letterhead, title, number, signature, verification, landscape, zone, more);
    }
}
