package id.rantai.shared.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Who signed a document, where and when, as the signer block prints it: "Jakarta, 2 Desember 2026",
 * the position, then the name with the NIP under it. Rantai signs electronically: the block says so
 * and points to the verification code instead of leaving room for ink.
 *
 * @param nip the civil servant's 18-digit number (Nomor Induk Pegawai), or null for a signer without one
 */
public record Signature(
        String place,
        LocalDate date,
        String position,
        String name,
        @Nullable String nip) {}
