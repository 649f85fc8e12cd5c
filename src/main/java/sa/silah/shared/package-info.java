/**
 * Shared kernel: value helpers every module may use (Arabic normalisation, dates in both calendars,
 * the seven contact channels, field-level errors, A4 PDFs of Arabic text) and the web plumbing that all pages and
 * APIs share.
 */
package sa.silah.shared;
