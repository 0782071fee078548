package uk.supervisiondesk.calendar;

/**
 * TEXT values as RFC 5545 (3.3.11) writes them: backslash, semicolon and comma escaped, line
 * breaks as "\n". Escaping keeps a venue such as "Room 2, Town Hall; first floor" one value
 * instead of a list.
 */
final class IcsText {
    private static final char REPLACEMENT = '\uFFFD';

    private IcsText() {
    }

    static String escape(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length() + 16);
        lines.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append('\t');
                default -> {
                    if (c < 0x10000 && Character.isSurrogate((char) c)) {
                        // Half of a broken pair: it has no UTF-8 form at all.
                        out.append(REPLACEMENT);
                    } else if (!Character.isISOControl(c)) {
                        // Other controls are not allowed in TEXT and mean nothing on screen.
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** The reverse of {@link #escape}; an unknown escape keeps its character, as most readers do. */
    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 == value.length()) {
                out.append(c);
                continue;
            }
            char next = value.charAt(++i);
            out.append(next == 'n' || next == 'N' ? '\n' : next);
        }
        return out.toString();
    }
}
