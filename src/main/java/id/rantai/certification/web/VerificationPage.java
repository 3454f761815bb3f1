package id.rantai.certification.web;

import id.rantai.certification.verification.PublicVerification;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The public verification page the QR code points to: a plain page, usable on any phone, no script. */
@Controller
class VerificationPage {
    private final PublicVerification verification;

    VerificationPage(PublicVerification verification) {
        this.verification = verification;
    }

    @GetMapping(path = "/verify", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String name,
            HttpServletRequest request) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Verifikasi Sertifikat Ahli Kepabeanan</title></head><body>
                <h1>Verifikasi Sertifikat Ahli Kepabeanan</h1>""");
        boolean asked = (token != null && !token.isBlank()) || (number != null && !number.isBlank());
        if (asked) {
            PublicVerification.Answer a;
            try {
                a = verification.verify(request.getRemoteAddr(), token, number, name);
            } catch (RuntimeException e) {
                a = null;
                html.append("<p><strong>").append(esc(e.getMessage())).append("</strong></p>");
            }
            if (a != null) {
                html.append("<p id=\"result\"><strong>")
                        .append(label(a.result()))
                        .append("</strong></p>");
                if (a.number() != null) {
                    html.append("<dl><dt>Nomor</dt><dd>")
                            .append(esc(a.number()))
                            .append("</dd><dt>Nama</dt><dd>")
                            .append(esc(a.holderName()))
                            .append("</dd><dt>Tahun ujian</dt><dd>")
                            .append(a.examYear())
                            .append("</dd><dt>Diterbitkan</dt><dd>")
                            .append(a.issuedOn())
                            .append("</dd>");
                    if (a.replacedBy() != null) {
                        html.append("<dt>Diganti oleh</dt><dd>")
                                .append(esc(a.replacedBy()))
                                .append("</dd>");
                    }
                    if (a.legalizedCopy() != null) {
                        html.append("<dt>Salinan dilegalisasi</dt><dd>ke-")
                                .append(a.legalizedCopy())
                                .append(", ")
                                .append(a.legalizedOn())
                                .append("</dd>");
                    }
                    html.append("</dl>");
                }
            }
        }
        html.append("""
                <form method="get" action="/verify"><p>Nomor sertifikat <input name="number"></p>
                <p>Nama pemegang <input name="name"></p><p><button type="submit">Periksa</button></p></form>
                </body></html>""");
        return html.toString();
    }

    private static String label(PublicVerification.Result r) {
        return switch (r) {
            case VALID -> "SAH / VALID";
            case REVOKED -> "DICABUT / REVOKED";
            case REPLACED -> "DIGANTI / REPLACED";
            case UNKNOWN -> "TIDAK DIKENAL / UNKNOWN";
        };
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
