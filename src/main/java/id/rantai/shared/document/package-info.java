/**
 * Printed documents: one layout (letterhead, title and number, body, signer, verification, page
 * numbers) for every PDF Rantai issues, rendered from a Thymeleaf template as an archival PDF/A-2b
 * with the fonts it ships.
 */
@NullMarked
package id.rantai.shared.document;

import org.jspecify.annotations.NullMarked;
