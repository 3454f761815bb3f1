package id.rantai.eseal.trip;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The approval document a request rests on: BC 1.2, PLP, izin timbun, or a type the office added.
 * The SOP allows no e-seal request without one.
 */
public record LegalBasis(
        @Size(max = 32) String documentType,
        @Size(max = 64) String number,
        LocalDate date,
        @Size(max = 200) String issuingOffice) {}
