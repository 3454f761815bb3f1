package id.rantai.certification.request;

import java.time.Instant;
import java.util.UUID;

/** One legalized copy of a certificate, with a verification code of its own. */
public record LegalizedCopy(
        UUID requestId, UUID certificateId, int copyNumber, String verificationCode, Instant signedAt) {}
