/**
 * The letters register (الخطابات): incoming and outgoing letters numbered per Hijri year, their scans, the
 * templates of outgoing letters and the letters' PDFs with Arabic shaped and ordered for print.
 */
package sa.silah.letters;
