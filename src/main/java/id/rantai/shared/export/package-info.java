/**
 * Tables people take away: one {@link id.rantai.shared.export.Sheet} written as CSV (UTF-8 with a
 * byte-order mark, so Excel reads it right) or as an XLSX workbook, with the same columns.
 */
@NullMarked
package id.rantai.shared.export;

import org.jspecify.annotations.NullMarked;
