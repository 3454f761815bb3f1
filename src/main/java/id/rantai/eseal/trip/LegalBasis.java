package id.rantai.eseal.trip;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The approval document a request rests on: BC 1.2, PLP, izin timbun, or a type the office added.
 * The SOP allows no e-seal request without one.
 */
public record LegalBasis(
        @Size(max = 32) @Schema(example = "BC 1.2") String documentType,
        @Size(max = 64) @Schema(example = "000123") String number,
        @Schema(example = "2026-11-30") LocalDate date,

        @Size(max = 200) @Schema(example = "KPPBC TMP Tanjung Emas")
        String issuingOffice) {}
