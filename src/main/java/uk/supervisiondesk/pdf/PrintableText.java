package uk.supervisiondesk.pdf;

/**
 * Makes typed text safe to print with the embedded fonts. PDF/A forbids drawing a character the
 * font has no glyph for (it would show as an empty box), so such characters, e.g. emoji, become
 * a question mark; tabs become spaces and every kind of line ending becomes \n.
 */
final class PrintableText {
    private static final int REPLACEMENT = '?';

    private final PdfResources resources;

    PrintableText(PdfResources resources) {
        this.resources = resources;
    }

    String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (c == '\t') {
                out.append("    ");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                // Invisible controls (e.g. zero-width joiners pasted from a web page) are dropped.
                return;
            } else if (resources.canPrint(c)) {
                out.appendCodePoint(c);
            } else {
                out.append((char) REPLACEMENT);
            }
        });
        return out.toString();
    }
}
