package id.rantai.eseal.trip;

import java.time.LocalDate;

/**
 * The approval document a request rests on: BC 1.2, PLP, izin timbun, or a type the office added.
 * The SOP allows no e-seal request without one.
 */
public record LegalBasis(String documentType, String number, LocalDate date, String issuingOffice) {}
