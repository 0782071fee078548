package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.font.PdfFont;

/**
 * Widens a font's embedded subset to what people may type into a form field, not just what the
 * page already shows. A reader draws typed text with the field's font: a glyph missing from the
 * subset would show as a blank. Covered: Latin with every European accent (Welsh ŵ and ŷ, Polish,
 * Romanian, Turkish...), Greek, Cyrillic, punctuation and currency signs. About 1,300 glyphs of
 * DejaVu Sans instead of all 6,000: the file stays small enough to e-mail. Anything else is still
 * stored exactly in the field's value; only its look is left to the reader.
 */
final class TypingGlyphs {
    private static final int[][] RANGES = {
        {0x0020, 0x007E}, // Basic Latin
        {0x00A0, 0x024F}, // Latin-1 Supplement, Latin Extended-A and -B
        {0x0370, 0x03FF}, // Greek
        {0x0400, 0x04FF}, // Cyrillic
        {0x1E00, 0x1EFF}, // Latin Extended Additional (Welsh ẁ ẃ ẅ ỳ, Vietnamese)
        {0x2010, 0x205E}, // General punctuation: dashes, curly quotes, bullets, ellipsis
        {0x20A0, 0x20C0}, // Currency: € and the rest
        {0x2100, 0x2122}, // Letterlike: ™, №, ℃
    };

    private TypingGlyphs() {
    }

    /** Marks every covered character the font has as used, so the subset and its widths include it. */
    static void addTo(PdfFont font) {
        StringBuilder characters = new StringBuilder(2048);
        for (int[] range : RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (font.containsGlyph(c)) {
                    characters.appendCodePoint(c);
                }
            }
        }
        font.convertToBytes(characters.toString());
    }
}
