/**
 * Customs expert certification (Sertifikasi Ahli Kepabeanan) at the customs training centre:
 * exam sessions, registration and results, certificates with public verification and Open Badges
 * credentials, the after-services (legalization, correction, lost certificate, database input),
 * and the service standard with its handling times and satisfaction surveys.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customs expert certification")
@org.jspecify.annotations.NullMarked
package id.rantai.certification;
