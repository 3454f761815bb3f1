package id.rantai.certification.notice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the public pages, as printed in e-mails and in the QR codes of documents. */
public final class PublicLinks {
    private PublicLinks() {}

    /** The public verification page of a certificate or legalised copy. */
    public static String verification(String publicBaseUrl, String verificationCode) {
        return publicBaseUrl + "/verify?token=" + URLEncoder.encode(verificationCode, StandardCharsets.UTF_8);
    }
}
